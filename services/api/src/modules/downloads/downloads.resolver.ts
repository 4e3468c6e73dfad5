import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Inspection, RectificationNotice } from '@dsr/db';
import type { RequestContext } from '../../context';
import { InspectionType, RectificationNoticeType } from '../inspection/inspection.types';
import type { DownloadLinks } from './download-links';
import { ExportFilterInput, ExportKindEnum, SignedUrlType } from './downloads.types';
import { exportPath } from './export-start';

@Resolver()
export class DownloadsResolver {
  constructor(private readonly links: DownloadLinks) {}

  @Query(() => SignedUrlType, {
    description: '任一下载地址（文书 PDF、导出、模板、证据）的短时签名链接；先核对调用人可以下载',
  })
  downloadUrl(
    @Arg('path', { description: '相对地址，如 /inspections/<编号>/record.pdf 或 /export/targets.xlsx?status=ACTIVE' })
    path: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.links.signedDownload(ctx, path);
  }

  @Query(() => SignedUrlType, { description: '导出表格或导入模板的短时签名链接' })
  exportUrl(
    @Arg('kind', () => ExportKindEnum, { description: '哪张表' }) kind: ExportKindEnum,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ExportFilterInput, { nullable: true, description: '筛选条件（TARGETS）' })
    filter?: ExportFilterInput,
  ) {
    return this.links.signedDownload(ctx, exportPath(kind, filter));
  }
}

@Resolver(() => InspectionType)
export class InspectionLinksResolver {
  constructor(private readonly links: DownloadLinks) {}

  @FieldResolver(() => String, {
    nullable: true,
    description: '现场检查记录表 PDF 的短时签名链接（最新修订；尚无记录时为空）',
  })
  async recordPdfUrl(@Root() i: Inspection, @Ctx() ctx: RequestContext) {
    const records = await ctx.loaders.recordsOfInspection.load(i.id);
    return records.length ? this.links.signedPath(ctx, `/inspections/${i.id}/record.pdf`) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: '检查报告 PDF 的短时签名链接（尚无报告时为空）' })
  async reportPdfUrl(@Root() i: Inspection, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.reportOfInspection.load(i.id))
      ? this.links.signedPath(ctx, `/inspections/${i.id}/report.pdf`)
      : null;
  }
}

@Resolver(() => RectificationNoticeType)
export class NoticeLinksResolver {
  constructor(private readonly links: DownloadLinks) {}

  @FieldResolver(() => String, { nullable: true, description: '责令整改通知书 PDF 的短时签名链接' })
  noticePdfUrl(@Root() n: RectificationNotice, @Ctx() ctx: RequestContext) {
    return this.links.signedPath(ctx, `/rectifications/${n.id}/notice.pdf`);
  }
}

import DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Job } from '@dsr/db';
import type { RequestContext } from '../../context';
import { JobType } from '../jobs/jobs.types';
import { jobFilePath } from '../jobs/job-file.routes';
import { jobFileInfos, type JobFileInfo } from '../jobs/job-files.queries';
import type { DownloadLinks } from './download-links';
import type { ExportStart, ExportStarter } from './export-start';
import { instanceOf } from '../../common/instance-of';
import { ExportFilterInput, ExportKindEnum, ExportStartType, JobDownloadType } from './downloads.types';

/** One look-up of the files of every job a request resolves (myJobs: one query, not one per job). */
const fileLoaders = new WeakMap<RequestContext, DataLoader<string, JobFileInfo | null>>();

function fileOf(ctx: RequestContext, jobId: string): Promise<JobFileInfo | null> {
  let loader = fileLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly string[]) => {
      const found = new Map((await jobFileInfos(ctx.em, ids)).map((f) => [f.jobId, f]));
      return ids.map((id) => found.get(id) ?? null);
    });
    fileLoaders.set(ctx, loader);
  }
  return loader.load(jobId);
}

@Resolver(() => JobType)
export class JobLinksResolver {
  constructor(private readonly links: DownloadLinks) {}

  @FieldResolver(() => JobDownloadType, {
    nullable: true,
    description:
      '任务产生的文件（导出的表格；导入失败时的错误表）的下载链接；没有文件、已过期或已被更新的任务取代时为空',
  })
  async download(@Root() job: Job, @Ctx() ctx: RequestContext): Promise<JobDownloadType | null> {
    const file = await fileOf(ctx, job.id);
    const link = file ? this.links.signedLink(ctx, jobFilePath(job.id)) : null;
    if (!file || !link) return null;
    return instanceOf(JobDownloadType, {
      ...link,
      filename: file.filename,
      size: file.size,
      availableUntil: new Date(file.expiresAt),
    });
  }
}

@Resolver()
export class ExportsResolver {
  constructor(private readonly exports: ExportStarter) {}

  @Mutation(() => ExportStartType, {
    description:
      '开始导出表格：行数不超过后台导出阈值时给直接下载链接（url）；超过时（或 background 为真）在后台导出，' +
      '完成后从 job.download 下载（进度见 job 的 progress / total，可用 cancelJob 取消，取消后不留文件）',
  })
  startExport(
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => ExportKindEnum, { description: '哪张表（TARGETS、RETENTION 可在后台导出）' })
    kind: ExportKindEnum,
    @Arg('filter', () => ExportFilterInput, { nullable: true, description: '筛选条件（TARGETS）' })
    filter?: ExportFilterInput,
    @Arg('background', () => Boolean, { defaultValue: false, description: '行数不多也在后台导出' })
    background?: boolean,
  ): Promise<ExportStart> {
    return this.exports.start(ctx, kind, filter, background ?? false);
  }
}

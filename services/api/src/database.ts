import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { attachEmbeddedPostgres, startEmbeddedPostgres, type EmbeddedPostgres } from '@dsr/db';
import type { AppConfig } from './config';
import { embeddedAuditKeyText } from './modules/audit/audit-keys';

export interface Database {
  ownerUrl: string;
  /** Null: connect with ownerUrl and act as dsr_app (SET ROLE). */
  appUrl: string | null;
  embedded: EmbeddedPostgres | null;
  jwtSecret: string;
  /** The audit checkpoint signing key's text (never stored in the database). */
  auditSigningKey: string;
}

/** In embedded mode the token secret is made once and kept beside the data. */
function embeddedSecret(home: string): string {
  const file = path.join(home, 'jwt-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/** DATABASE_URL when given; otherwise the embedded PostgreSQL under .data/. */
export async function openDatabase(
  config: AppConfig,
  log: (m: string) => void,
  opts: { attach?: boolean } = {},
): Promise<Database> {
  if (config.databaseUrl) {
    if (!config.jwtSecret) throw new Error('使用 DATABASE_URL 时必须设置 DSR_JWT_SECRET（至少 32 字节的随机串）');
    if (!config.auditSigningKey)
      throw new Error(
        '使用 DATABASE_URL 时必须设置 DSR_AUDIT_SIGNING_KEY（Ed25519 私钥，base64 的 32 字节种子或 PKCS#8）',
      );
    return {
      ownerUrl: config.databaseUrl,
      appUrl: config.databaseAppUrl,
      embedded: null,
      jwtSecret: config.jwtSecret,
      auditSigningKey: config.auditSigningKey,
    };
  }
  const port = process.env.DSR_PG_PORT ? Number(process.env.DSR_PG_PORT) : undefined;
  // `attach` (pnpm worker beside pnpm start): the running instance, or one started for this process.
  const embedded = opts.attach
    ? await attachEmbeddedPostgres('dev', (l) => log(`[postgres] ${l}`))
    : await startEmbeddedPostgres({ instance: 'dev', port, log: (l) => log(`[postgres] ${l}`) });
  log(`内置 PostgreSQL 已启动：端口 ${embedded.port}，数据目录 ${embedded.dataDir}`);
  return {
    ownerUrl: embedded.ownerUrl,
    appUrl: embedded.appUrl,
    embedded,
    jwtSecret: config.jwtSecret ?? embeddedSecret(embedded.layout.home),
    auditSigningKey: config.auditSigningKey ?? embeddedAuditKeyText(embedded.layout.home),
  };
}

import { isIP } from 'node:net';

const NAMED = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** A proxy-addr entry: a named range, an address, or an address with a prefix length or (IPv4) a netmask. */
function isProxyEntry(entry: string): boolean {
  if (NAMED.has(entry)) return true;
  const parts: (string | undefined)[] = entry.split('/');
  const [address, range, extra] = parts;
  const family = isIP(address ?? '');
  if (!family || extra !== undefined) return false;
  if (range === undefined) return true;
  if (/^\d+$/.test(range)) return Number(range) <= (family === 4 ? 32 : 128);
  return family === 4 && isIP(range) === 4;
}

/**
 * DSR_TRUST_PROXY → Express's `trust proxy`: whose X-Forwarded-For / -Proto the process believes. The client
 * address it yields keys sign-in throttling, the anonymous limit and the appeal budget; the protocol decides
 * whether the session cookie is Secure. Express takes the setting as it is, which went wrong both ways:
 *   - `1` (one proxy, as most operators write it) is a string to Express, read as the IPv4 address 0.0.0.1:
 *     nothing trusted, every visitor counted as the proxy's one address (one abuser throttles all of them) and
 *     the cookie never Secure behind TLS;
 *   - `true` trusts every hop, so a client that writes its own X-Forwarded-For picks a new address per request
 *     and escapes the throttles (Express then even throws at start, `invalid IP address: true`).
 * So: unset/`false`/`off`/`0` trusts nobody; a whole number is the count of proxies in front (the address the
 * nearest of them saw); otherwise a comma list of proxy addresses, subnets or `loopback`/`linklocal`/
 * `uniquelocal`. Anything else stops the start with a message, never a silent fallback.
 */
export function trustProxySetting(raw: string | undefined): false | number | string[] {
  const value = (raw ?? '').trim().toLowerCase();
  if (['', 'false', 'off', 'no', '0'].includes(value)) return false;
  if (['true', 'on', 'yes', 'all'].includes(value)) {
    throw new Error(
      `环境变量 DSR_TRUST_PROXY=${raw} 会信任客户端自己填写的 X-Forwarded-For，登录限速和匿名限流都可被绕过：` +
        '请写前置代理的层数（如 1）或代理的地址/网段（如 10.0.0.5 或 loopback）',
    );
  }
  if (/^\d+$/.test(value)) return Number(value);
  const list = value.split(',').map((v) => v.trim());
  if (!list.every(isProxyEntry)) {
    throw new Error(
      `环境变量 DSR_TRUST_PROXY=${raw} 无法识别：应为代理层数（如 1），或逗号分隔的代理地址、网段、loopback/linklocal/uniquelocal`,
    );
  }
  return list;
}

// The one rule for a practice's web address as people type it ("lakeviewfm.example.org", "www.x.org",
// "http://…"): its normal form is scheme://host[:port][path], https:// added when no scheme was typed, host in
// lower case, the path kept as typed.

export type WebAddressProblem = 'space' | 'scheme' | 'host';

export const WEB_ADDRESS_PROBLEMS: Record<WebAddressProblem, string> = {
  space: 'A web address cannot contain spaces: enter it like lakeviewfm.example.org',
  scheme: 'Only web addresses (https:// or http://) can be printed on the notice: enter it like lakeviewfm.example.org',
  host: 'That is not a web address: enter the site’s name like lakeviewfm.example.org',
};

// A scheme is letters then ":"; "example.org:8080" is a host and port, not a scheme.
const SCHEME = /^([a-z][a-z0-9+.-]*):(?!\d)/i;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TOP_LABEL = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu;

const isHostName = (host: string): boolean => {
  const labels = host.split('.');
  const top = labels[labels.length - 1] ?? '';
  return host.length <= 253 && labels.length >= 2 && labels.every((l) => LABEL.test(l)) && TOP_LABEL.test(top);
};

/** The normal form of a typed web address ('' stays ''), or why it cannot be one. */
export const normaliseWebAddress = (typed: string): { value: string } | { problem: WebAddressProblem } => {
  const trimmed = typed.trim();
  if (trimmed === '') return { value: '' };
  if (/\s/.test(trimmed)) return { problem: 'space' };
  const scheme = SCHEME.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return { problem: 'scheme' };
  const afterScheme = scheme === undefined ? trimmed : trimmed.slice(scheme.length + 1);
  if (scheme !== undefined && !afterScheme.startsWith('//')) return { problem: 'host' };
  const rest = scheme === undefined ? afterScheme : afterScheme.slice(2);
  const end = rest.search(/[/?#]/);
  const authority = end === -1 ? rest : rest.slice(0, end);
  const path = end === -1 ? '' : rest.slice(end);
  const [, host = '', port] = /^([^:]*)(?::(\d{1,5}))?$/.exec(authority) ?? [];
  if (!isHostName(host)) return { problem: 'host' };
  return { value: `${scheme ?? 'https'}://${host.toLowerCase()}${port ? `:${port}` : ''}${path}` };
};

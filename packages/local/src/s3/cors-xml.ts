// A bucket's CloudFormation `CorsConfiguration.CorsRules` as the CORSConfiguration XML that
// S3's PutBucketCors takes (and s3rver's configureBuckets reads).

type Rule = Readonly<Record<string, unknown>>;

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const list = (value: unknown): string[] =>
  value === undefined || value === null ? [] : (Array.isArray(value) ? value : [value]).map(String);

/**
 * Origins as written, with comma-separated entries split: a template that writes
 * `AllowedOrigins: [!Ref AllowedOrigins]` with the parameter `https://a,https://b` means two.
 */
const origins = (value: unknown) =>
  list(value)
    .flatMap((origin) => origin.split(','))
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');

const element = (name: string, values: readonly string[]) => values.map((v) => `<${name}>${escapeXml(v)}</${name}>`);

/**
 * The XML of a bucket's CORS rules, or null when it has none (S3 then refuses every preflight).
 *
 * @example
 * ```ts
 * corsXml([{ AllowedMethods: ['GET'], AllowedOrigins: ['https://app.example.com'], MaxAge: 600 }]);
 * // '<CORSConfiguration><CORSRule><AllowedOrigin>https://app.example.com</AllowedOrigin>…</CORSConfiguration>'
 * ```
 */
export function corsXml(rules: readonly Rule[]): string | null {
  if (rules.length === 0) return null;
  const body = rules.map((rule) =>
    [
      '<CORSRule>',
      ...element('ID', list(rule.Id)),
      ...element('AllowedOrigin', origins(rule.AllowedOrigins)),
      ...element('AllowedMethod', list(rule.AllowedMethods)),
      ...element('AllowedHeader', list(rule.AllowedHeaders)),
      ...element('ExposeHeader', list(rule.ExposedHeaders)),
      ...element('MaxAgeSeconds', list(rule.MaxAge)),
      '</CORSRule>',
    ].join(''),
  );
  return `<CORSConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${body.join('')}</CORSConfiguration>`;
}

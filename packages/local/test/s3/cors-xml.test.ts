// Template CorsRules → the CORSConfiguration XML S3 (and s3rver) take.
import { describe, expect, it } from 'vitest';
import { corsXml } from '../../src/s3/cors-xml.ts';

const NS = 'xmlns="http://s3.amazonaws.com/doc/2006-03-01/"';

describe('corsXml', () => {
  it('is null without rules', () => {
    expect(corsXml([])).toBeNull();
  });

  it('writes every property of a rule, one element per value, comma lists split', () => {
    expect(
      corsXml([
        {
          Id: 'uploads',
          AllowedOrigins: ['https://a.example, https://b.example'],
          AllowedMethods: ['PUT', 'POST'],
          AllowedHeaders: ['*'],
          ExposedHeaders: ['ETag'],
          MaxAge: 600,
        },
      ]),
    ).toBe(
      `<CORSConfiguration ${NS}><CORSRule><ID>uploads</ID>` +
        '<AllowedOrigin>https://a.example</AllowedOrigin><AllowedOrigin>https://b.example</AllowedOrigin>' +
        '<AllowedMethod>PUT</AllowedMethod><AllowedMethod>POST</AllowedMethod>' +
        '<AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader><MaxAgeSeconds>600</MaxAgeSeconds>' +
        '</CORSRule></CORSConfiguration>',
    );
  });

  it('escapes XML in values', () => {
    expect(corsXml([{ AllowedOrigins: ['https://a.example/?x=<1>&y'], AllowedMethods: ['GET'] }])).toContain(
      '<AllowedOrigin>https://a.example/?x=&lt;1&gt;&amp;y</AllowedOrigin>',
    );
  });
});

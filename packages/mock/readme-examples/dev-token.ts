// A code block of packages/mock/README.md: edit both (packages/docs-test checks they are equal).
import { devToken } from '@serverless-todo/mock';

devToken('user123'); // 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ1c2VyMTIzIn0.'
devToken('user123', { exp: Math.floor(Date.now() / 1000) + 3600 });

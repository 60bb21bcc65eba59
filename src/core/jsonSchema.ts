/** The dataset schema as JSON Schema text (what `npm run schema` writes). */
import { z } from 'zod';
import { datasetSchema } from './schema';

export function datasetJsonSchemaText(): string {
  const schema = z.toJSONSchema(datasetSchema, { io: 'input', target: 'draft-2020-12' });
  const withId = {
    title: 'KP CAR Monitoring dataset v1',
    ...schema,
  };
  return `${JSON.stringify(withId, null, 2)}\n`;
}

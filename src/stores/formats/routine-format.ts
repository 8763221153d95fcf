import { routineSchema, type Routine } from '../../catalog/schema';
import { defineFormat } from '../persistence/versioned-format';

/** A custom routine as stored: the same schema as the built-in ones and the import files. */
export const routineFormat = defineFormat<Routine>({ version: 1, schema: routineSchema, migrations: [] });

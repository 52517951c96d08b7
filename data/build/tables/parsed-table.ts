// What a layout parser reads from a flattened table: the printed content, as
// opposed to what the letter's source data says about it (id, title, place).
import type { Table } from '../../../core/corpus/model';

export type ParsedTable = Pick<Table, 'caption' | 'rows' | 'series' | 'notes'>;

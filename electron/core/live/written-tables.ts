// Which tables one write transaction writes, seen in the queries themselves (a Kysely plugin on the transaction),
// so what other workstations hear is what was written, not what a handler says it did: an audited read (a patient
// search) writes only the audit log, and the others then refresh the log alone, never the search, whose refresh
// would write the log again and set the workstations refreshing each other forever.
import {
  AliasNode,
  DeleteQueryNode,
  InsertQueryNode,
  MergeQueryNode,
  RawNode,
  TableNode,
  UpdateQueryNode,
  type KyselyPlugin,
  type OperationNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';

/** Stands for a write whose table the plugin cannot name (raw SQL): everything may have changed. */
export const UNKNOWN_TABLE = '*';

const tableOf = (node: OperationNode | undefined): string | null => {
  if (node === undefined) return null;
  if (TableNode.is(node)) return node.table.identifier.name;
  if (AliasNode.is(node)) return tableOf(node.node);
  return null;
};

const WRITING_SQL = /^\s*(insert|update|delete|merge|truncate|alter|drop|create)\b/i;

export class WrittenTables implements KyselyPlugin {
  readonly tables = new Set<string>();

  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (InsertQueryNode.is(node)) this.note(tableOf(node.into));
    else if (UpdateQueryNode.is(node)) this.note(tableOf(node.table));
    else if (DeleteQueryNode.is(node)) for (const from of node.from.froms) this.note(tableOf(from));
    else if (MergeQueryNode.is(node)) this.note(tableOf(node.into));
    else if (RawNode.is(node) && WRITING_SQL.test(node.sqlFragments[0] ?? '')) this.note(null);
    return node;
  }

  transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(result);
  }

  private note(table: string | null): void {
    this.tables.add(table ?? UNKNOWN_TABLE);
  }
}

// Drives the typescript-fetch client generated from the committed contract against a live test server, as an
// integrator would: the first page of every public list, a walk with next_cursor, one item by id, one 404 read as a
// problem. Run by GeneratedClientsTest: node check-typescript-client.js <base URL> <public reads as JSON>.
import * as client from '../../../../target/generated-clients/typescript-fetch';
import { readFileSync } from 'fs';

interface Read { path: string; operationId: string; tag: string; parameters: string[]; pathParameter: string | null; examples: Record<string, string> }

const [baseUrl, readsFile] = process.argv.slice(2);
const reads: Read[] = JSON.parse(readFileSync(readsFile, 'utf8')).reads;
const configuration = new client.Configuration({ basePath: baseUrl });
const idFields: Record<string, string> = { id: 'id', code: 'code', code_or_slug: 'slug', year: 'year' };

function api(tag: string): Record<string, (parameters: object) => Promise<any>> {
  const name = tag.split(' ').map(w => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join('') + 'Api';
  // The generator keeps an all-capital tag as it is (SDMX -> SDMXApi): match the class name without regard to case.
  const classes = client as unknown as Record<string, new (c: client.Configuration) => object>;
  const Api = classes[Object.keys(classes).find(key => key.toLowerCase() === name.toLowerCase()) ?? name];
  if (!Api) throw new Error(`the generated client has no ${name}`);
  return new Api(configuration) as Record<string, (parameters: object) => Promise<any>>;
}

const camel = (name: string) => name.replace(/[_-](\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, c => c.toLowerCase());
// The contract's example of every required query parameter (a repeatable one as a list of one).
const required = (read: Read, operationParameters: Record<string, unknown> = {}) => {
  for (const [name, example] of Object.entries(read.examples)) {
    operationParameters[camel(name)] = example;
  }
  return operationParameters;
};

async function main() {
  const called: string[] = [];
  for (const read of reads) {
    const operation = api(read.tag)[read.operationId]?.bind(api(read.tag));
    if (!operation) throw new Error(`the generated client has no ${read.operationId}`);
    if (read.pathParameter) {
      const list = reads.find(r => r.path === read.path.substring(0, read.path.indexOf('/{')))!;
      const first = await api(list.tag)[list.operationId](required(list));
      const id = String(first.items[0][idFields[read.pathParameter]]);
      const item = await operation(required(read, { [camel(read.pathParameter)]: id }));
      if (item == null) throw new Error(`${read.operationId}(${id}) answered nothing`);
    } else {
      const parameters: Record<string, unknown> = required(read, read.parameters.includes('limit') && read.operationId !== 'listObservations' ? { limit: 2 } : {});
      let page = await operation(parameters);
      let pages = 1;
      while (page && 'nextCursor' in page && page.nextCursor && pages < 500) {
        page = await operation({ ...parameters, cursor: page.nextCursor });
        if (!page.items.length) throw new Error(`${read.operationId}: empty page ${pages}`);
        pages++;
      }
    }
    called.push(read.operationId);
  }
  try {
    await new client.RegionsApi(configuration).getRegion({ codeOrSlug: 'no-such-region' });
    throw new Error('no 404 for an unknown region');
  } catch (error) {
    if (!(error instanceof client.ResponseError)) throw error;
    const problem: client.Problem = client.ProblemFromJSON(await error.response.json());
    if (error.response.status !== 404 || problem.status !== 404 || problem.type !== 'urn:creative-economy:problem:not-found') {
      throw new Error(`unexpected problem: ${JSON.stringify(problem)}`);
    }
  }
  console.log(JSON.stringify({ called }));
}

main().catch(error => { console.error(error); process.exit(1); });

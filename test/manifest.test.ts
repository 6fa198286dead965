/**
 * manifest.xml, as written (dev origin) and as the production build emits it: structure, resource
 * ids, URLs, icons, shared runtime and custom functions wiring. The production manifest is made by
 * the transform webpack.config.js itself uses (scripts/manifestTransform.js), taken from the
 * config's CopyWebpackPlugin patterns, so what is tested is what is built.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import * as layout from '../scripts/addinLayout';
import {
  parseProductionOrigin,
  transformManifest,
  PRODUCTION_ORIGIN_ENV,
} from '../scripts/manifestTransform';
import { RIBBON_FUNCTIONS } from '../src/taskpane/ribbon';

const ROOT = path.resolve(__dirname, '..');
const MANIFEST_XML = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const PROD_ORIGIN = 'https://vaccinnet-addin.example.org';

// ---------------------------------------------------------------------------------------------
// A small element model over fast-xml-parser's preserveOrder output.

interface Element {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: Element[];
  parent: Element | null;
}

type OrderedNode = Record<string, unknown>;

function parseManifest(xml: string): Element {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
    commentPropName: '#comment',
  });
  const nodes = parser.parse(xml) as OrderedNode[];
  const root: Element = { name: '#document', attrs: {}, text: '', children: [], parent: null };
  const build = (list: OrderedNode[], parent: Element): void => {
    for (const node of list) {
      const name = Object.keys(node).find((key) => key !== ':@');
      if (name === undefined || name === '#comment' || name === '?xml') continue;
      if (name === '#text') {
        parent.text += String(node['#text']);
        continue;
      }
      const element: Element = {
        name,
        attrs: (node[':@'] as Record<string, string> | undefined) ?? {},
        text: '',
        children: [],
        parent,
      };
      parent.children.push(element);
      build(node[name] as OrderedNode[], element);
    }
  };
  build(nodes, root);
  const officeApp = root.children.find((e) => e.name === 'OfficeApp');
  if (officeApp === undefined) throw new Error('no OfficeApp root element');
  return officeApp;
}

function all(element: Element): Element[] {
  return [element, ...element.children.flatMap(all)];
}

function child(element: Element, name: string): Element {
  const found = element.children.find((e) => e.name === name);
  if (found === undefined) throw new Error(`${element.name} has no <${name}>`);
  return found;
}

function only<T>(items: T[], what: string): T {
  expect(items).toHaveLength(1);
  const item = items[0];
  if (item === undefined) throw new Error(`expected exactly one ${what}`);
  return item;
}

/** Resources by id: bt:Image / bt:Url give URLs, bt:String gives text; `kind` is the collection. */
function resources(app: Element): Map<string, { kind: string; value: string; element: Element }> {
  const map = new Map<string, { kind: string; value: string; element: Element }>();
  const versionOverrides = child(app, 'VersionOverrides');
  for (const collection of child(versionOverrides, 'Resources').children) {
    for (const resource of collection.children) {
      const id = resource.attrs['id'];
      if (id === undefined) throw new Error(`${resource.name} without id`);
      expect(map.has(id)).toBe(false);
      map.set(id, { kind: collection.name, value: resource.attrs['DefaultValue'] ?? '', element: resource });
    }
  }
  return map;
}

function resolve(app: Element, resid: string): string {
  const resource = resources(app).get(resid);
  if (resource === undefined) throw new Error(`resid ${resid} is not defined`);
  return resource.value;
}

/** Every URL in the manifest: attribute values and texts starting with a scheme (namespaces excluded). */
function urlsIn(app: Element): string[] {
  const urls: string[] = [];
  for (const element of all(app)) {
    for (const [name, value] of Object.entries(element.attrs)) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim())) urls.push(value.trim());
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(element.text.trim())) urls.push(element.text.trim());
  }
  return urls;
}

/** The file the build serves at `url`: an emitted file, or a source file under a static copy. */
function servedFile(url: string, origin: string): { emitted: string } | { source: string } | null {
  expect(url.startsWith(`${origin}/`)).toBe(true);
  const urlPath = decodeURIComponent(new URL(url).pathname.slice(1));
  if (layout.emittedFiles().includes(urlPath)) return { emitted: urlPath };
  for (const copy of layout.STATIC_COPIES) {
    if (urlPath.startsWith(`${copy.to}/`))
      return { source: path.join(ROOT, copy.from, urlPath.slice(copy.to.length + 1)) };
  }
  return null;
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// ---------------------------------------------------------------------------------------------
// The production manifest, through webpack.config.js.

interface CopyPattern {
  from: string;
  to?: string;
  transform?: (content: Buffer, absoluteFrom: string) => string | Buffer;
}

async function webpackConfig(mode: 'production' | 'development', origin: string | undefined) {
  const saved = process.env[PRODUCTION_ORIGIN_ENV];
  if (origin === undefined) delete process.env[PRODUCTION_ORIGIN_ENV];
  else process.env[PRODUCTION_ORIGIN_ENV] = origin;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const factory = require('../webpack.config.js') as (
      env: Record<string, unknown>,
      argv: { mode: string },
    ) => Promise<{ plugins: object[] }>;
    return await factory({ WEBPACK_BUILD: true }, { mode });
  } finally {
    if (saved === undefined) delete process.env[PRODUCTION_ORIGIN_ENV];
    else process.env[PRODUCTION_ORIGIN_ENV] = saved;
  }
}

function copyPatterns(config: { plugins: object[] }): CopyPattern[] {
  const copy = config.plugins.find((p) => p.constructor.name === 'CopyPlugin') as
    { patterns: CopyPattern[] } | undefined;
  if (copy === undefined) throw new Error('webpack config has no CopyWebpackPlugin');
  return copy.patterns;
}

async function builtManifest(
  mode: 'production' | 'development',
  origin: string | undefined,
): Promise<string> {
  const manifestPattern = only(
    copyPatterns(await webpackConfig(mode, origin)).filter((p) => p.from === layout.MANIFEST_GLOB),
    'manifest copy pattern',
  );
  if (manifestPattern.transform === undefined) throw new Error('manifest copy pattern has no transform');
  const out = manifestPattern.transform(Buffer.from(MANIFEST_XML, 'utf8'), path.join(ROOT, 'manifest.xml'));
  return out.toString();
}

// ---------------------------------------------------------------------------------------------

describe('scripts/manifestTransform.js', () => {
  test('replaces ALL occurrences of the dev origin, not only the first', () => {
    const xml = [
      '<a href="https://localhost:3000/taskpane.html"/>',
      '<b src="https://localhost:3000/functions.js"/>',
      '<c>https://localhost:3000/assets/icon-16.png</c>',
    ].join('\n');
    expect(transformManifest(xml, PROD_ORIGIN)).toBe(
      [
        `<a href="${PROD_ORIGIN}/taskpane.html"/>`,
        `<b src="${PROD_ORIGIN}/functions.js"/>`,
        `<c>${PROD_ORIGIN}/assets/icon-16.png</c>`,
      ].join('\n'),
    );
  });

  test('inserts the origin literally (no $& replacement patterns)', () => {
    expect(transformManifest('x https://localhost:3000/a y', 'https://$&.example')).toBe(
      'x https://$&.example/a y',
    );
  });

  test('keeps the manifest unchanged for the dev origin', () => {
    expect(transformManifest(MANIFEST_XML, layout.DEV_ORIGIN)).toBe(MANIFEST_XML);
  });

  test.each([
    ['another port', '<a href="https://localhost:3001/x"/>'],
    ['plain http', '<a href="http://localhost/x"/>'],
    ['loopback address', '<a href="https://127.0.0.1:3000/x"/>'],
  ])('refuses to leave localhost behind (%s)', (_label, xml) => {
    expect(() => transformManifest(xml, PROD_ORIGIN)).toThrow(/localhost|127\.0\.0\.1/);
  });

  test.each([
    ['plain origin', 'https://vaccinnet-addin.example.org', 'https://vaccinnet-addin.example.org'],
    ['trailing slash', 'https://vaccinnet-addin.example.org/', 'https://vaccinnet-addin.example.org'],
    [
      'upper case host, port',
      'https://Vaccinnet-Addin.Example.org:8443',
      'https://vaccinnet-addin.example.org:8443',
    ],
    ['default port', 'https://vaccinnet-addin.example.org:443', 'https://vaccinnet-addin.example.org'],
  ])('accepts a production origin: %s', (_label, value, origin) => {
    expect(parseProductionOrigin(value)).toEqual({ ok: true, origin });
  });

  test.each([
    ['http', 'http://vaccinnet-addin.example.org'],
    ['a path', 'https://vaccinnet-addin.example.org/addin'],
    ['a query', 'https://vaccinnet-addin.example.org/?x=1'],
    ['credentials', 'https://user:pw@vaccinnet-addin.example.org'],
    ['localhost', 'https://localhost:3000'],
    ['loopback', 'https://127.0.0.1'],
    ['no URL', 'vaccinnet-addin.example.org'],
  ])('refuses a production origin with %s', (_label, value) => {
    expect(parseProductionOrigin(value).ok).toBe(false);
  });
});

describe('webpack.config.js', () => {
  test('production build: the manifest copy uses the transform with the configured origin', async () => {
    const built = await builtManifest('production', PROD_ORIGIN);
    expect(built).toBe(transformManifest(MANIFEST_XML, PROD_ORIGIN));
    expect(built).not.toMatch(/localhost/);
  });

  test('development build: the manifest is copied unchanged', async () => {
    expect(await builtManifest('development', PROD_ORIGIN)).toBe(MANIFEST_XML);
  });

  test('production build without an origin keeps the dev manifest and warns', async () => {
    const config = await webpackConfig('production', undefined);
    expect(config.plugins.some((p) => p.constructor.name === 'WarnPlugin')).toBe(true);
    expect(await builtManifest('production', undefined)).toBe(MANIFEST_XML);
  });

  test('production build with a malformed origin fails instead of guessing', async () => {
    await expect(webpackConfig('production', 'http://vaccinnet-addin.example.org')).rejects.toThrow(/https/);
  });

  test('copies the static directories of scripts/addinLayout.js', async () => {
    const patterns = copyPatterns(await webpackConfig('production', PROD_ORIGIN));
    for (const copy of layout.STATIC_COPIES) {
      expect(patterns).toContainEqual(expect.objectContaining({ from: copy.from, to: copy.to }));
    }
  });
});

describe.each([
  ['development', layout.DEV_ORIGIN, () => Promise.resolve(MANIFEST_XML)],
  ['production', PROD_ORIGIN, () => builtManifest('production', PROD_ORIGIN)],
])('manifest.xml (%s)', (_label, origin, load) => {
  let xml: string;
  let app: Element;
  beforeAll(async () => {
    xml = await load();
    app = parseManifest(xml);
  });

  test('is an Excel task pane add-in with a stable GUID id', () => {
    expect(app.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(child(app, 'Id').text).toBe('b69be783-02e7-4882-a117-1cc73628b99d');
    expect(child(app, 'Id').text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(child(app, 'Version').text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(child(app, 'Hosts'), 'Host').attrs['Name']).toBe('Workbook');
    expect(child(app, 'Permissions').text).toBe('ReadWriteDocument');
  });

  test('declares the requirement sets it uses', () => {
    const sets = child(child(app, 'Requirements'), 'Sets').children.map((s) => [
      s.attrs['Name'],
      s.attrs['MinVersion'],
    ]);
    expect(sets).toEqual([
      ['SharedRuntime', '1.1'],
      ['CustomFunctionsRuntime', '1.2'],
      ['ExcelApi', '1.14'],
    ]);
  });

  test('resource ids are unique and at most 32 characters; every resid resolves; none is unused', () => {
    const defined = resources(app);
    for (const id of defined.keys()) {
      expect(id.length).toBeLessThanOrEqual(32);
      expect(id).toMatch(/^[A-Za-z0-9._-]+$/);
    }
    const referenced = all(app)
      .map((e) => e.attrs['resid'])
      .filter((resid): resid is string => resid !== undefined);
    expect(referenced.length).toBeGreaterThan(0);
    for (const resid of referenced) {
      expect(resid.length).toBeLessThanOrEqual(32);
      expect(defined.has(resid)).toBe(true);
    }
    expect([...defined.keys()].filter((id) => !referenced.includes(id))).toEqual([]);
  });

  test('control ids are unique and short', () => {
    const ids = all(app)
      .filter((e) => ['Group', 'Control', 'OfficeTab'].includes(e.name))
      .map((e) => e.attrs['id'] ?? '');
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeGreaterThan(0);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(125);
  });

  test('every user-facing text speaks French and English where Office runs in those languages', () => {
    // Dutch is the default value; Belgian users run Office in fr-BE, fr-FR, en-US or en-GB.
    const localesOf = (element: Element) =>
      element.children.filter((c) => c.name.endsWith('Override')).map((c) => c.attrs['Locale']);
    const strings = resources(app);
    const button = ['TaskpaneButton.Label', 'TaskpaneButton.Tooltip'].map((id) => strings.get(id)?.element);
    // Names such as the VACCINNET namespace are the same in every language and need no override.
    const translated = [...strings.values()]
      .filter(({ kind, element }) => kind.endsWith('Strings') && localesOf(element).length > 0)
      .map(({ element }) => element);
    const texts = [child(app, 'DisplayName'), child(app, 'Description'), ...translated];
    expect(translated).toEqual(expect.arrayContaining(button));
    for (const element of texts) {
      expect(localesOf(element)).toEqual(expect.arrayContaining(['fr-BE', 'fr-FR', 'en-US', 'en-GB']));
    }
  });

  test('texts fit the manifest limits (short 125, long 250), overrides included', () => {
    const lengths = (element: Element) => [
      element.attrs['DefaultValue'] ?? '',
      ...element.children.filter((c) => c.name.endsWith('Override')).map((c) => c.attrs['Value'] ?? ''),
    ];
    for (const text of lengths(child(app, 'DisplayName'))) expect(text.length).toBeLessThanOrEqual(125);
    for (const text of lengths(child(app, 'Description'))) expect(text.length).toBeLessThanOrEqual(250);
    for (const { kind, element } of resources(app).values()) {
      if (kind === 'bt:ShortStrings')
        for (const text of lengths(element)) expect(text.length).toBeLessThanOrEqual(125);
      if (kind === 'bt:LongStrings')
        for (const text of lengths(element)) expect(text.length).toBeLessThanOrEqual(250);
    }
  });

  test(`every URL is https on ${origin} and points at a file the build serves`, () => {
    const urls = urlsIn(app);
    expect(urls.length).toBeGreaterThanOrEqual(8);
    for (const url of urls) {
      expect(url.startsWith(`${origin}/`)).toBe(true);
      const served = servedFile(url, origin);
      expect(served).not.toBeNull();
      if (served !== null && 'source' in served) expect(existsSync(served.source)).toBe(true);
    }
  });

  test('no stray origin anywhere in the text', () => {
    const namespaceHosts = new Set(['http://schemas.microsoft.com', 'http://www.w3.org']);
    const origins = new Set([...xml.matchAll(/\bhttps?:\/\/[^/"'<\s;,)]+/g)].map((m) => m[0]));
    expect([...origins].filter((o) => !namespaceHosts.has(o))).toEqual([origin]);
    if (origin !== layout.DEV_ORIGIN) expect(xml).not.toMatch(/localhost/i);
  });

  test('every icon exists with the size it is declared for', () => {
    const icons: [string, number][] = [
      [child(app, 'IconUrl').attrs['DefaultValue'] ?? '', 32],
      [child(app, 'HighResolutionIconUrl').attrs['DefaultValue'] ?? '', 64],
      ...all(app)
        .filter((e) => e.name === 'bt:Image' && e.attrs['resid'] !== undefined)
        .map((e): [string, number] => [resolve(app, e.attrs['resid'] ?? ''), Number(e.attrs['size'])]),
    ];
    expect(new Set(icons.map(([, size]) => size))).toEqual(new Set([16, 32, 64, 80]));
    for (const [url, size] of icons) {
      const served = servedFile(url, origin);
      if (served === null || !('source' in served)) throw new Error(`${url} is not a static file`);
      expect(pngSize(served.source)).toEqual({ width: size, height: size });
    }
  });

  test('task pane, ribbon and custom functions share one long-lived runtime', () => {
    const host = child(child(child(app, 'VersionOverrides'), 'Hosts'), 'Host');
    expect(host.attrs['xsi:type']).toBe('Workbook');
    // Microsoft: "The <Runtimes> section must be entered after the <Host> element in the exact order shown".
    expect(host.children[0]?.name).toBe('Runtimes');
    const runtime = only(child(host, 'Runtimes').children, 'Runtime');
    expect(runtime.attrs['lifetime']).toBe('long');
    const runtimeResid = runtime.attrs['resid'];
    expect(runtimeResid).toBe('Taskpane.Url');
    expect(resolve(app, 'Taskpane.Url')).toBe(`${origin}/taskpane.html`);

    const functions = only(
      all(app).filter((e) => e.name === 'ExtensionPoint' && e.attrs['xsi:type'] === 'CustomFunctions'),
      'CustomFunctions extension point',
    );
    const sourceOf = (name: string) => child(child(functions, name), 'SourceLocation').attrs['resid'] ?? '';
    // "The shared runtime won't load if the resid uses different values in the manifest."
    expect(sourceOf('Page')).toBe(runtimeResid);
    expect(resolve(app, sourceOf('Script'))).toBe(`${origin}/functions.js`);
    expect(resolve(app, sourceOf('Metadata'))).toBe(`${origin}/${layout.FUNCTIONS_METADATA}`);
    expect(resolve(app, child(functions, 'Namespace').attrs['resid'] ?? '')).toBe('VACCINNET');

    const functionFile = only(
      all(app).filter((e) => e.name === 'FunctionFile'),
      'FunctionFile',
    );
    expect(functionFile.attrs['resid']).toBe(runtimeResid);
  });

  test('the shared runtime page loads the custom functions', () => {
    const page = layout.PAGES.find((p) => `${origin}/${p.filename}` === resolve(app, 'Taskpane.Url'));
    expect(page?.chunks).toContain('functions');
    expect(layout.ENTRIES['functions']).toBe(layout.FUNCTIONS_SOURCE);
    expect(child(child(app, 'DefaultSettings'), 'SourceLocation').attrs['DefaultValue']).toBe(
      `${origin}/taskpane.html`,
    );
  });

  test('a Home tab button opens the task pane', () => {
    const tab = only(
      all(app).filter((e) => e.name === 'OfficeTab'),
      'OfficeTab',
    );
    expect(tab.attrs['id']).toBe('TabHome');
    expect(tab.parent?.attrs['xsi:type']).toBe('PrimaryCommandSurface');
    const action = only(
      all(tab).filter((e) => e.name === 'Action' && e.attrs['xsi:type'] === 'ShowTaskpane'),
      'ShowTaskpane Action',
    );
    expect(child(action, 'SourceLocation').attrs['resid']).toBe('Taskpane.Url');
    expect(child(action, 'TaskpaneId').text).toBe('Office.AutoShowTaskpaneWithDocument');
    for (const icon of all(tab).filter((e) => e.name === 'Icon')) {
      expect(icon.children.map((i) => i.attrs['size'])).toEqual(['16', '32', '80']);
    }
  });

  test('the Home tab group has Nieuwe batch, Controleren and Exporteren, each running its step in the shared runtime', () => {
    const tab = only(
      all(app).filter((e) => e.name === 'OfficeTab'),
      'OfficeTab',
    );
    const steps = all(tab)
      .filter((e) => e.name === 'Control')
      .flatMap((control) => {
        const action = child(control, 'Action');
        if (action.attrs['xsi:type'] !== 'ExecuteFunction') return [];
        return [
          [resolve(app, child(control, 'Label').attrs['resid'] ?? ''), child(action, 'FunctionName').text],
        ];
      });
    // Every FunctionName is one ribbon.ts associates (Office: they "must match").
    expect(steps).toEqual([
      ['Nieuwe batch', 'vaccinnet.newBatch'],
      ['Controleren', 'vaccinnet.check'],
      ['Exporteren', 'vaccinnet.export'],
    ]);
    expect(Object.keys(RIBBON_FUNCTIONS).sort()).toEqual(steps.map(([, name]) => name).sort());
    // ExecuteFunction needs the function file, which is the shared runtime's page.
    expect(
      resolve(
        app,
        only(
          all(app).filter((e) => e.name === 'FunctionFile'),
          'FunctionFile',
        ).attrs['resid'] ?? '',
      ),
    ).toBe(`${origin}/taskpane.html`);
  });
});

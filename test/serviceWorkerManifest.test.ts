/** The offline copy's precache list (scripts/serviceWorkerManifest.js), made by the build. */
import * as sw from '../scripts/serviceWorkerManifest';

const assets = [
  { name: 'taskpane.html', bytes: '<html></html>' },
  { name: 'taskpane.js', bytes: 'console.log(1)' },
  { name: 'taskpane.js.map', bytes: '{}' },
  { name: 'taskpane.js.LICENSE.txt', bytes: 'MIT' },
  { name: 'manifest.xml', bytes: '<x/>' },
  { name: 'sw.js', bytes: 'x' },
  { name: 'office-js/office.js', bytes: 'office' },
  { name: 'functions.json', bytes: '{}' },
];

test('every file but maps, licence texts, manifests and the worker, sorted, each with a content hash', () => {
  const manifest = sw.buildManifest(assets, '0.1.0');
  expect(manifest.files.map((f) => f.url)).toEqual([
    'functions.json',
    'office-js/office.js',
    'taskpane.html',
    'taskpane.js',
  ]);
  for (const file of manifest.files) expect(file.revision).toMatch(/^[0-9a-f]{16}$/);
  expect(manifest.version).toMatch(/^0\.1\.0-[0-9a-f]{8}$/);
});

test('the same files give the same version; one changed byte gives a new one', () => {
  const a = sw.buildManifest(assets, '0.1.0');
  expect(sw.buildManifest([...assets].reverse(), '0.1.0')).toEqual(a);
  const changed = assets.map((x) => (x.name === 'taskpane.js' ? { ...x, bytes: 'console.log(2)' } : x));
  expect(sw.buildManifest(changed, '0.1.0').version).not.toBe(a.version);
  // A map is not in the copy, so it does not change the version.
  const mapOnly = assets.map((x) => (x.name === 'taskpane.js.map' ? { ...x, bytes: '{"v":3}' } : x));
  expect(sw.buildManifest(mapOnly, '0.1.0').version).toBe(a.version);
});

test('the manifest replaces the placeholder in the minified worker, or the build fails', () => {
  const manifest = sw.buildManifest(assets, '0.1.0');
  const out = sw.injectManifest(`const B=JSON.parse("${sw.PLACEHOLDER}");`, manifest);
  const literal = /JSON\.parse\((".*")\)/.exec(out)?.[1] ?? '';
  expect(JSON.parse(JSON.parse(literal) as string)).toEqual(manifest);
  expect(() => sw.injectManifest('const B=1;', manifest)).toThrow(/placeholder/);
});

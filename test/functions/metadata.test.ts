/**
 * functions.json as the build generates it: custom-functions-metadata (the generator behind
 * custom-functions-metadata-plugin in webpack.config.js) run on src/functions/functions.ts.
 */
import path from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { FUNCTIONS_SOURCE } from '../../scripts/addinLayout';

interface Parameter {
  name: string;
  type: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
}

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
}

const SOURCE = path.resolve(__dirname, '../..', FUNCTIONS_SOURCE);

let generated: {
  errors: string[];
  functions: FunctionMetadata[];
  associate: { id: string; functionName: string }[];
};

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(SOURCE, false);
  const json = JSON.parse(result.metadataJson) as { functions: FunctionMetadata[] };
  generated = { errors: result.errors, functions: json.functions, associate: result.associate };
});

const byId = (id: string): FunctionMetadata => {
  const found = generated.functions.find((f) => f.id === id);
  if (found === undefined) throw new Error(`no function ${id} in functions.json`);
  return found;
};

test('the generator reports no errors', () => {
  expect(generated.errors).toEqual([]);
});

test('exactly the five functions, ids = names, upper case, without the namespace', () => {
  expect(generated.functions.map((f) => f.id)).toEqual([
    'INSZVALID',
    'INSZFORMAT',
    'INSZBIRTHDATE',
    'BIRTHDATETEXT',
    'ROWCHECK',
  ]);
  for (const f of generated.functions) {
    expect(f.name).toBe(f.id);
    expect(f.id).toMatch(/^[A-Z][A-Z0-9]*$/);
    expect(f.id).not.toContain('VACCINNET');
  }
});

test.each([
  ['INSZVALID', [['insz', 'any']], 'boolean'],
  ['INSZFORMAT', [['insz', 'any']], 'string'],
  ['INSZBIRTHDATE', [['insz', 'any']], 'string'],
  ['BIRTHDATETEXT', [['datum', 'any']], 'string'],
  [
    'ROWCHECK',
    [
      ['insz', 'any'],
      ['naam', 'any'],
      ['voornaam', 'any'],
      ['geboortedatum', 'any'],
      ['postcode', 'any'],
    ],
    'string',
  ],
])('%s: parameters and result type', (id, parameters, resultType) => {
  const f = byId(id);
  expect(f.parameters.map((p) => [p.name, p.type])).toEqual(parameters);
  // Scalars only, all required: no `dimensionality: matrix`, no `optional`.
  for (const p of f.parameters) {
    expect(p.dimensionality).toBeUndefined();
    expect(p.optional).toBeUndefined();
    expect(p.description).toBeTruthy();
  }
  expect(f.result).toEqual({ type: resultType });
  // Not volatile, not streaming, no invocation context: plain synchronous functions.
  expect(f.options).toBeUndefined();
});

test('every function has a Dutch description', () => {
  for (const f of generated.functions) {
    expect(f.description ?? '').toMatch(/\b(een|het|de|als|naar)\b/);
  }
});

test('the plugin associates each id with the function of that name in functions.ts', () => {
  expect(generated.associate.map((a) => [a.id, a.functionName])).toEqual([
    ['INSZVALID', 'inszValid'],
    ['INSZFORMAT', 'inszFormat'],
    ['INSZBIRTHDATE', 'inszBirthDate'],
    ['BIRTHDATETEXT', 'birthDateText'],
    ['ROWCHECK', 'rowCheck'],
  ]);
});

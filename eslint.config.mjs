import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-bench/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      // Office.js house rules (ARCHITECTURE: "never sync inside a loop", load before reading).
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      // core must not import Office, the DOM or the other rings.
      'no-restricted-imports': [
        'error',
        { patterns: ['../excel/*', '../taskpane/*', '../functions/*', '*/excel/*', '*/taskpane/*'] },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', 'scripts/**/*.mjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);

/**
 * src/core is pure TypeScript: the Astro pages, the Node scripts, the PDF engine and the browser
 * all build on it, so it must not reach back up into any of them. This test reads every file
 * under src/core with the TypeScript parser (comments and strings are not code) and fails on:
 *  - an import (static, dynamic, `export ... from`, `require`) of src/components, src/node,
 *    astro:* or node:* (or a bare Node built-in such as 'fs');
 *  - a DOM or browser global used as a value (document, window, localStorage, ...).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const CORE = join(ROOT, 'src/core');

const DOM_GLOBALS = new Set([
  'document', 'window', 'navigator', 'location', 'history',
  'localStorage', 'sessionStorage', 'indexedDB', 'fetch', 'XMLHttpRequest', 'customElements',
  'HTMLElement', 'Element', 'Node', 'DOMParser', 'MutationObserver', 'requestAnimationFrame',
  'getComputedStyle', 'alert', 'confirm', 'prompt',
]);

function coreFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return coreFiles(path);
    return /\.(ts|mts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Why a module specifier written in `file` is not allowed in the core, or null when it is. */
export function forbiddenImport(file: string, specifier: string): string | null {
  if (specifier.startsWith('astro:') || specifier === 'astro' || specifier.startsWith('astro/')) return 'Astro';
  if (specifier.startsWith('node:') || builtinModules.includes(specifier)) return 'Node built-in';
  if (specifier.startsWith('.')) {
    const target = resolve(file, '..', specifier);
    if (!target.startsWith(CORE + sep)) {
      const rel = relative(ROOT, target).split(sep).join('/');
      if (rel.startsWith('src/components')) return 'src/components';
      if (rel.startsWith('src/node')) return 'src/node';
      return `outside src/core (${rel})`;
    }
  }
  return null;
}

/** Every specifier imported by the source, and every DOM global it uses as a value. */
export function scan(fileName: string, text: string): { imports: string[]; globals: string[] } {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const imports: string[] = [];
  const globals: string[] = [];
  const declared = declaredNames(source);
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier
      && ts.isStringLiteral(node.moduleSpecifier)) {
      imports.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteralLike(node.arguments[0]!)
      && (node.expression.kind === ts.SyntaxKind.ImportKeyword
        || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
      imports.push((node.arguments[0] as ts.StringLiteralLike).text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)
      && ts.isStringLiteral(node.argument.literal)) {
      imports.push(node.argument.literal.text);
    } else if (ts.isIdentifier(node) && DOM_GLOBALS.has(node.text) && !declared.has(node.text)
      && isValueUse(node)) {
      globals.push(`${node.text} (line ${source.getLineAndCharacterOfPosition(node.getStart()).line + 1})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { imports, globals };
}

/** Names the file declares itself (a local `window` parameter is not the browser's window). */
function declaredNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if ((ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isFunctionDeclaration(node)
      || ts.isClassDeclaration(node) || ts.isBindingElement(node) || ts.isImportSpecifier(node)
      || ts.isImportClause(node) || ts.isNamespaceImport(node)) && node.name && ts.isIdentifier(node.name)) {
      names.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/** An identifier read as a free variable: not a property name, a declaration's own name or a type. */
function isValueUse(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent)
    || ts.isMethodDeclaration(parent) || ts.isMethodSignature(parent) || ts.isEnumMember(parent)
    || ts.isGetAccessor(parent) || ts.isSetAccessor(parent)) && parent.name === node) return false;
  if ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isFunctionDeclaration(parent)
    || ts.isClassDeclaration(parent) || ts.isBindingElement(parent) || ts.isInterfaceDeclaration(parent)
    || ts.isTypeAliasDeclaration(parent)) && parent.name === node) return false;
  if (ts.isBindingElement(parent) && parent.propertyName === node) return false;
  if (ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) return false;
  for (let n: ts.Node = node; n.parent; n = n.parent) if (ts.isTypeNode(n)) return false;
  return true;
}

describe('the core boundary (src/core is pure TypeScript)', () => {
  const files = coreFiles(CORE);

  it('finds the core files', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('no file under src/core imports src/components, src/node, astro:* or node:*', () => {
    const offences = files.flatMap((file) => {
      const { imports } = scan(file, readFileSync(file, 'utf8'));
      return imports.flatMap((specifier) => {
        const why = forbiddenImport(file, specifier);
        return why ? [`${relative(ROOT, file)}: '${specifier}' (${why})`] : [];
      });
    });
    expect(offences).toEqual([]);
  });

  it('no file under src/core uses DOM or browser globals', () => {
    const offences = files.flatMap((file) =>
      scan(file, readFileSync(file, 'utf8')).globals.map((global) => `${relative(ROOT, file)}: ${global}`));
    expect(offences).toEqual([]);
  });

  // The rule itself must be able to fail: each kind of offence, written out, is caught.
  it('catches each kind of offence', () => {
    const file = join(CORE, 'pdf/example.ts');
    const sample = [
      "import { renderSwimlaneHtml } from '../../components/swimlane/render-html';",
      "import { loadSources } from '../../node/load-sources';",
      "import { getCollection } from 'astro:content';",
      "import { readFileSync } from 'node:fs';",
      "export { join } from 'path';",
      "const later = await import('node:path');",
      'const title = document.title;',
      "window.addEventListener('load', () => localStorage.clear());",
      "// document.title in a comment, 'window' in a string: not code",
      'const page = { document: 1 }; const d = page.document;',
    ].join('\n');
    const { imports, globals } = scan(file, sample);
    expect(imports.map((specifier) => forbiddenImport(file, specifier))).toEqual([
      'src/components', 'src/node', 'Astro', 'Node built-in', 'Node built-in', 'Node built-in',
    ]);
    expect(globals).toEqual(['document (line 7)', 'window (line 8)', 'localStorage (line 8)']);
    expect(forbiddenImport(file, '../swimlane/render/render-html')).toBe(null);
    expect(forbiddenImport(file, 'zod')).toBe(null);
    // A file's own binding named like a global is not the global.
    expect(scan(file, 'function f(window: number) { return 2 * window; }').globals).toEqual([]);
  });
});

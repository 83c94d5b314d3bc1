// Store readiness of the built extension: least privilege, Firefox's linter, icons and zips.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import webExt from 'web-ext';
import { describe, expect, it } from 'vitest';
import { BOARD_MATCHES } from '../../lib/boards/registry';

const root = resolve(import.meta.dirname, '../..');
const output = join(root, '.output');
const readManifest = (dir: string) => JSON.parse(readFileSync(join(output, dir, 'manifest.json'), 'utf8'));

function scriptsIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(dir, file), 'utf8'));
}

describe.each(['chrome-mv3', 'firefox-mv3'])('%s build', (dir) => {
  it('asks for the least it needs: no <all_urls>, host access only for the boards', () => {
    const manifest = readManifest(dir);
    const text = JSON.stringify(manifest);
    expect(text).not.toContain('<all_urls>');
    expect(manifest.permissions).toEqual(['storage', 'contextMenus', 'activeTab', 'scripting']);
    const matched = manifest.content_scripts.flatMap((script: { matches: string[] }) => script.matches);
    expect(matched.length).toBeGreaterThan(0);
    // Exactly the registry's board sites, each one named domain (no wildcard beyond its subdomains).
    expect([...matched].sort()).toEqual([...BOARD_MATCHES].sort());
    for (const pattern of matched) expect(pattern).toMatch(/^\*:\/\/\*\.[a-z0-9-]+\.[a-z.]+\/\*$/);
    // Host access (to load the panel's script on a match) covers exactly the sites the content
    // script already runs on: no site beyond them, so no wider install warning.
    expect([...manifest.host_permissions].sort()).toEqual([...matched].sort());
    // Career sites are asked for one at a time, at run time.
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('loads no remote code and never evaluates strings', () => {
    for (const script of scriptsIn(join(output, dir))) {
      expect(script).not.toMatch(/\beval\(|new Function\(|importScripts\(\s*['"]https?:/);
      expect(script).not.toMatch(/fetch\(\s*['"`]https?:\/\//);
    }
  });

  it('has icons at every size the stores ask for', () => {
    const { icons } = readManifest(dir);
    expect(Object.keys(icons).sort((a, b) => Number(a) - Number(b))).toEqual(['16', '32', '48', '96', '128']);
    for (const path of Object.values<string>(icons)) expect(existsSync(join(output, dir, path))).toBe(true);
  });
});

describe('Firefox', () => {
  it('sets a gecko id and declares that no data is collected', () => {
    const { gecko } = readManifest('firefox-mv3').browser_specific_settings;
    expect(gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('passes web-ext lint with 0 errors', async () => {
    const result = await webExt.cmd.lint(
      { sourceDir: join(output, 'firefox-mv3'), output: 'none', boring: true },
      { shouldExitProgram: false },
    );
    expect(result.errors).toEqual([]);
  });
});

describe('zips', () => {
  it('makes store-ready Chrome and Firefox zips plus the sources zip', () => {
    execFileSync('npx', ['wxt', 'zip'], { cwd: root, stdio: 'ignore' });
    execFileSync('npx', ['wxt', 'zip', '-b', 'firefox'], { cwd: root, stdio: 'ignore' });
    const zips = readdirSync(output).filter((file) => file.endsWith('.zip'));
    expect(zips).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/chrome\.zip$/),
        expect.stringMatching(/firefox\.zip$/),
        expect.stringMatching(/sources\.zip$/),
      ]),
    );
  }, 180_000);
});

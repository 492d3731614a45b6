import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Aspects } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type PamongApp } from '../../infra/lib/app';
import { type Json, type StackName, synthFast } from './support';

const site = mkdtempSync(join(tmpdir(), 'pamong-nag-site-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

let built: PamongApp;
beforeAll(async () => {
  // With a built SPA, so the BucketDeployment (and its CDK-provided handler) is checked too.
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>Pamong</title>');
  built = await buildApp({ skipBundling: true, webDistDir: site, context: { region: 'ap-southeast-3' } });
  Aspects.of(built.app).add(new AwsSolutionsChecks({ verbose: true }));
});

const stackNames: StackName[] = ['data', 'identity', 'api', 'protection', 'web'];

describe('cdk-nag AwsSolutions', () => {
  it.each(stackNames)('%s stack has no unsuppressed error', (name) => {
    const errors = Annotations.fromStack(built.stacks[name]).findError(
      '*',
      Match.stringLikeRegexp('AwsSolutions-.*'),
    );
    expect(errors.map((e) => `${e.id}: ${String(e.entry.data).split('\n')[0]}`)).toEqual([]);
  });

  it('really ran (it still reports its warnings)', () => {
    const warnings = Annotations.fromStack(built.stacks.web).findWarning(
      '*',
      Match.stringLikeRegexp('AwsSolutions-CFR1'),
    );
    expect(warnings.length).toBeGreaterThan(0);
  });
});

describe('nag suppressions', () => {
  it('every suppression in every template names an AwsSolutions rule and gives a specific reason', async () => {
    const { templates } = await synthFast({ webDistDir: site });
    const found: { where: string; id: string; reason: string }[] = [];
    for (const [stack, template] of Object.entries(templates)) {
      const json = template.toJSON();
      const entries: [string, Json][] = [['(stack)', json], ...Object.entries<Json>(json.Resources)];
      for (const [logicalId, node] of entries) {
        for (const rule of node.Metadata?.cdk_nag?.rules_to_suppress ?? []) {
          found.push({ where: `${stack}/${logicalId}`, id: rule.id, reason: rule.reason });
        }
      }
    }
    expect(found.length).toBeGreaterThan(5);
    for (const { where, id, reason } of found) {
      expect(id, where).toMatch(/^AwsSolutions-[A-Z]+\d+$/);
      expect(typeof reason, where).toBe('string');
      expect(reason.trim().length, `${where} ${id}`).toBeGreaterThanOrEqual(30);
    }
  });
});

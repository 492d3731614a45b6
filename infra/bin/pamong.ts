#!/usr/bin/env node
import { buildApp } from '../lib/app';

/**
 * `npx cdk synth|deploy` entry. Context: stage (default dev), region (default ap-southeast-3),
 * webOrigin (cdk.json), optional domainName + certificateArn, nag=true to run cdk-nag.
 */
const { app } = await buildApp();
app.synth();

// /api/rota/solve: start an auto-rostering job for a problem, read its progress and result,
// cancel it. Managers only (`rota.plan`). The planner will build the problem from its own data.
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { ApiRouter, Answer } from '../../platform/api-router';
import { cancelSolve, getSolveJob, startSolve, type SolveJob } from './jobs';
import { rotaProblemSchema, rotaSolutionSchema, solveOptionsSchema } from './problem';

const solveBodySchema = z.strictObject({
  problem: rotaProblemSchema,
  options: solveOptionsSchema.default(solveOptionsSchema.parse({})),
});
const jobParamsSchema = z.strictObject({ jobId: z.uuid() });
const jobViewSchema = z.object({
  id: z.string(),
  scope: z.string(),
  startedAt: z.string(),
  status: z.enum(['running', 'done', 'cancelled', 'failed']),
  progress: z.object({
    phase: z.enum(['building', 'solving', 'checking']),
    seconds: z.number(),
    gap: z.number().nullable(),
    objective: z.number().nullable(),
    percent: z.number(),
  }),
  solution: rotaSolutionSchema.nullable(),
  error: z.string().nullable(),
});

const present = (job: SolveJob) => ({
  id: job.id,
  scope: job.scope,
  startedAt: job.startedAt,
  status: job.status,
  progress: job.progress,
  solution: job.solution,
  error: job.error,
});

export function rotaSolverRouter(registry: OpenAPIRegistry) {
  const api = new ApiRouter(registry, '/api/rota/solve', 'rota');
  api.route(
    'post',
    '/',
    {
      summary: 'Start filling a month with the optimisation solver (runs in a worker)',
      access: 'rota.plan',
      body: solveBodySchema,
      response: jobViewSchema,
      status: 202,
    },
    async ({ body, actor }) =>
      new Answer(202, present(startSolve(body.problem, body.options, actor.id))),
  );
  api.route(
    'get',
    '/:jobId',
    {
      summary: "A solve's progress, and its rota with the explanation once finished",
      access: 'rota.plan',
      params: jobParamsSchema,
      response: jobViewSchema,
    },
    async ({ params }) => present(getSolveJob(params.jobId)),
  );
  api.route(
    'post',
    '/:jobId/cancel',
    {
      summary: 'Stop a running solve, keeping the best rota found so far',
      access: 'rota.plan',
      params: jobParamsSchema,
      response: jobViewSchema,
    },
    async ({ params }) => present(cancelSolve(params.jobId)),
  );
  return api;
}

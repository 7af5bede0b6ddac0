// Preloaded into the API (node --require) by bench/cases.mjs: appends every statement pg sends,
// with its bind values, to BENCH_SQL_LOG as JSON lines. That is how the benchmark learns the
// exact SQL an endpoint runs (TypeORM's text, not a hand copy) to replay it raw and in pgbench.
const { appendFileSync } = require('node:fs');
const pg = require('pg');

const out = process.env.BENCH_SQL_LOG;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function capture(config, values, ...rest) {
  const text = typeof config === 'string' ? config : config && config.text;
  const vals = config && typeof config === 'object' && config.values ? config.values : Array.isArray(values) ? values : null;
  if (out && typeof text === 'string') appendFileSync(out, `${JSON.stringify({ text, values: vals })}\n`);
  return query.call(this, config, values, ...rest);
};

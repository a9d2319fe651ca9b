-- Scenario 3: every request asks for a different set of indicators and regions (page of 100), so no two requests
-- share a cache entry. The codes come from bench/work/<scale>/ids.lua, which bench/run.sh writes from the database;
-- bench/work/<scale>/filtered.pgbench draws the same number of ids from the same id ranges.
dofile("bench/wrk/report.lua")
local ids = dofile(os.getenv("BENCH_IDS"))
local threads = 0

setup = function(thread)
  threads = threads + 1
  thread:set("seed", threads)
end

init = function(args)
  math.randomseed(os.time() * 1000 + (seed or 0))
end

local function pick(list, n)
  local picked = {}
  for i = 1, n do
    picked[i] = list[math.random(#list)]
  end
  return table.concat(picked, ",")
end

request = function()
  return wrk.format("GET", "/v1/observations?indicator=" .. pick(ids.indicators, ids.per_request_indicators)
    .. "&region=" .. pick(ids.regions, ids.per_request_regions) .. "&limit=" .. ids.limit)
end

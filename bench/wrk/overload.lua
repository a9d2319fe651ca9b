-- Scenario 10 (overload): uncached as_of reads: a series of the seed data (the paper's figures, which have their
-- published versions; the generated rows have none, so as_of finds nothing in them) as published at a random millisecond
-- between BENCH_AS_OF_FROM and BENCH_AS_OF_TO (epoch seconds), so requests almost never share a cache entry and nearly every one needs
-- a worker and a connection.
--
-- wrk's own latency histogram mixes the requests that were served with those that were shed, which are answered in
-- microseconds, so this script also times each answer by its class: served (2xx), shed (503 or 429 with Retry-After)
-- and other. It must run with one connection per thread (wrk -tN -cN): a connection's requests and responses alternate,
-- so the time the thread last wrote a request is when the response it receives next was asked for.
dofile("bench/wrk/report.lua")
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
  int clock_gettime(int clock_id, bench_timespec *tp);
]]
local CLOCK_MONOTONIC = 1
local timespec = ffi.new("bench_timespec")
local function now_us()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, timespec)
  return tonumber(timespec.tv_sec) * 1e6 + tonumber(timespec.tv_nsec) / 1e3
end

local series = {
  "region=east-kazakhstan", "indicator=creative-gva", "indicator=gross-product", "indicator=creative-gva-share",
  "indicator=cultural-attendance&region=east-kazakhstan", "region=astana,almaty",
}
local as_of_from = tonumber(os.getenv("BENCH_AS_OF_FROM"))
local as_of_to = tonumber(os.getenv("BENCH_AS_OF_TO"))
local threads = {}

setup = function(thread)
  table.insert(threads, thread)
  thread:set("seed", #threads)
end

-- Per thread: latencies in logarithmic buckets (2 % wide) by class, and answers by status.
-- Plain tables of numbers, so that done() can copy them out of each thread.
served, shed, other, statuses, shed_without_retry_after = {}, {}, {}, {}, 0
local asked_at = nil

init = function(args)
  math.randomseed(os.time() * 1000 + (seed or 0))
end

request = function()
  -- Milliseconds too: with whole seconds, a database generated minutes before the run left a window of a few hundred
  -- instants, requests repeated, and the cache answered them (an L run served 54 % from memory that way).
  local as_of = os.date("!%Y-%m-%dT%H:%M:%S", math.random(as_of_from, as_of_to)) .. string.format(".%03dZ", math.random(0, 999))
  asked_at = now_us()
  return wrk.format("GET", "/v1/observations?" .. series[math.random(#series)] .. "&limit=1000&as_of=" .. as_of)
end

local function bucket(us)
  return math.floor(math.log(math.max(us, 1)) * 50)
end

response = function(status, headers, body)
  if asked_at == nil then
    return
  end
  local b = bucket(now_us() - asked_at)
  asked_at = nil
  local histogram
  if status >= 200 and status < 300 then
    histogram = served
  elseif status == 503 or status == 429 then
    histogram = shed
    if headers["Retry-After"] == nil and headers["retry-after"] == nil then
      shed_without_retry_after = shed_without_retry_after + 1
    end
  else
    histogram = other
  end
  histogram[b] = (histogram[b] or 0) + 1
  statuses[status] = (statuses[status] or 0) + 1
end

local function merge(into, from)
  for k, v in pairs(from or {}) do
    into[k] = (into[k] or 0) + v
  end
end

local function summary_of(histogram)
  local keys, count = {}, 0
  for k, v in pairs(histogram) do
    table.insert(keys, k)
    count = count + v
  end
  table.sort(keys)
  local function percentile(p)
    if count == 0 then
      return "null"
    end
    local want, seen = count * p / 100, 0
    for _, k in ipairs(keys) do
      seen = seen + histogram[k]
      if seen >= want then
        return string.format("%.0f", math.exp((k + 0.5) / 50))
      end
    end
  end
  return string.format('{"count":%d,"p50_us":%s,"p90_us":%s,"p99_us":%s}', count, percentile(50), percentile(90), percentile(99))
end

local report = done
done = function(summary, latency, requests)
  report(summary, latency, requests)
  local all = { served = {}, shed = {}, other = {}, statuses = {} }
  local missing = 0
  for _, thread in ipairs(threads) do
    merge(all.served, thread:get("served"))
    merge(all.shed, thread:get("shed"))
    merge(all.other, thread:get("other"))
    merge(all.statuses, thread:get("statuses"))
    missing = missing + (thread:get("shed_without_retry_after") or 0)
  end
  local codes = {}
  for status, n in pairs(all.statuses) do
    table.insert(codes, string.format('"%d":%d', status, n))
  end
  io.write(string.format('BENCH_CLASSES {"served":%s,"shed":%s,"other":%s,"statuses":{%s},"shed_without_retry_after":%d}\n',
    summary_of(all.served), summary_of(all.shed), summary_of(all.other), table.concat(codes, ","), missing))
end

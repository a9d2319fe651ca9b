// Renders the kustomize overlays under deploy/kubernetes and validates every resource: Kubernetes kinds against the
// API schemas of kubernetes-models, Prometheus Operator kinds against @kubernetes-models/prometheus-operator,
// CloudNativePG kinds against the CRDs vendored in src/test/cloudnative-pg (with ajv), then the rules of
// issue 21.2 that a schema cannot express (probes, non-root, where DB_URL points, who may reach whom).
//
// kustomize itself is not on npm, so this renders the subset of kustomization.yaml the manifests use, and refuses any
// other field: resources (files and directories), namespace, labels (metadata only), images, and patches given as
// RFC 6902 JSON patches with a kind/name target (applied with fast-json-patch). `kubectl kustomize` renders the same.
//
// Usage: node kubernetes-check.mjs <deploy/kubernetes> <crd directory> [--print <overlay>]
// Prints a JSON summary (or the rendered overlay) and exits 1 when anything is wrong.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseAllDocuments, parse } from "yaml";
import jsonpatch from "fast-json-patch";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { Service } from "kubernetes-models/v1/Service";
import { ServiceAccount } from "kubernetes-models/v1/ServiceAccount";
import { Ingress } from "kubernetes-models/networking.k8s.io/v1/Ingress";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import { PodMonitor } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PodMonitor";
import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PrometheusRule";

const [root, crdDirectory, flag, printOverlay] = process.argv.slice(2);

// ---- kustomize (the subset) --------------------------------------------------------------------------------------
const SUPPORTED = new Set(["apiVersion", "kind", "namespace", "resources", "images", "patches", "labels"]);

function build(directory) {
  const kustomization = parse(readFileSync(join(directory, "kustomization.yaml"), "utf8"));
  for (const key of Object.keys(kustomization)) {
    if (!SUPPORTED.has(key)) throw new Error(`${directory}/kustomization.yaml: '${key}' is not rendered by this check`);
  }
  let resources = [];
  for (const entry of kustomization.resources || []) {
    const path = resolve(directory, entry);
    if (statSync(path).isDirectory()) {
      resources.push(...build(path));
    } else {
      for (const document of parseAllDocuments(readFileSync(path, "utf8"))) {
        if (document.errors.length) throw new Error(`${path}: ${document.errors[0].message}`);
        const resource = document.toJS();
        if (resource) resources.push(resource);
      }
    }
  }
  for (const patch of kustomization.patches || []) {
    const targets = resources.filter((r) => r.kind === patch.target.kind && r.metadata.name === patch.target.name);
    if (targets.length !== 1) throw new Error(`${directory}: patch target ${patch.target.kind}/${patch.target.name} matches ${targets.length} resources`);
    const operations = parse(patch.patch);
    const patched = jsonpatch.applyPatch(targets[0], operations, true, false).newDocument;
    resources = resources.map((r) => (r === targets[0] ? patched : r));
  }
  for (const image of kustomization.images || []) {
    for (const resource of resources) {
      for (const container of resource.spec?.template?.spec?.containers || []) {
        if (container.image.split(/[:@]/)[0] === image.name) container.image = `${image.newName || image.name}:${image.newTag}`;
      }
    }
  }
  for (const label of kustomization.labels || []) {
    for (const resource of resources) resource.metadata.labels = { ...(resource.metadata.labels || {}), ...label.pairs };
  }
  if (kustomization.namespace) {
    for (const resource of resources) resource.metadata.namespace = kustomization.namespace;
  }
  return resources;
}

// ---- schemas -----------------------------------------------------------------------------------------------------
const MODELS = {
  "apps/v1/Deployment": Deployment,
  "v1/Service": Service,
  "v1/ServiceAccount": ServiceAccount,
  "networking.k8s.io/v1/Ingress": Ingress,
  "networking.k8s.io/v1/NetworkPolicy": NetworkPolicy,
  "autoscaling/v2/HorizontalPodAutoscaler": HorizontalPodAutoscaler,
  "policy/v1/PodDisruptionBudget": PodDisruptionBudget,
  "monitoring.coreos.com/v1/PodMonitor": PodMonitor,
  "monitoring.coreos.com/v1/PrometheusRule": PrometheusRule,
};

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
for (const format of ["int32", "int64", "byte", "quantity"]) ajv.addFormat(format, true);
// kubectl validates strictly (an unknown field is an error, not silently dropped): so do the CRD schemas here.
function strict(schema) {
  if (!schema || typeof schema !== "object") return schema;
  if (schema.properties && !schema["x-kubernetes-preserve-unknown-fields"] && schema.additionalProperties === undefined) {
    schema.additionalProperties = false;
  }
  for (const value of Object.values(schema)) {
    if (value && typeof value === "object") strict(value);
  }
  return schema;
}
// Compiled on first use: ajv takes seconds over the CRDs, and --print needs none.
let CRDS;
function crds() {
  if (!CRDS) {
    const compiled = {};
    for (const file of readdirSync(crdDirectory).filter((f) => f.endsWith(".yaml"))) {
      const crd = parse(readFileSync(join(crdDirectory, file), "utf8"));
      for (const version of crd.spec.versions) {
        compiled[`${crd.spec.group}/${version.name}/${crd.spec.names.kind}`] = ajv.compile(strict(version.schema.openAPIV3Schema));
      }
    }
    CRDS = compiled;
  }
  return CRDS;
}

function schemaErrors(resource) {
  const key = `${resource.apiVersion}/${resource.kind}`;
  const where = `${resource.kind}/${resource.metadata?.name}`;
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(resource.metadata?.name || "")) return [`${where}: invalid metadata.name`];
  if (MODELS[key]) {
    try {
      new MODELS[key](resource).validate();
      return [];
    } catch (e) {
      return [`${where}: ${e.message}`];
    }
  }
  const validate = crds()[key];
  if (validate) {
    return validate(resource) ? [] : validate.errors.map((e) => `${where}: ${e.instancePath || "/"} ${e.message}`);
  }
  return [`${where}: no schema for ${key}`];
}

// ---- the rules of issue 21.2 -------------------------------------------------------------------------------------
function ruleErrors(resources) {
  const errors = [];
  const check = (condition, message) => condition || errors.push(message);
  const of = (kind) => resources.filter((r) => r.kind === kind);
  const selects = (selector, labels) => Object.entries(selector || {}).every(([k, v]) => labels?.[k] === v);

  const [deployment] = of("Deployment");
  if (!deployment) return ["no Deployment"];
  const pod = deployment.spec.template;
  const podLabels = pod.metadata.labels;
  check(deployment.spec.replicas >= 2, "Deployment: fewer than 2 replicas");
  check(pod.spec.securityContext?.runAsNonRoot === true, "Deployment: pods must set runAsNonRoot");
  check(pod.spec.terminationGracePeriodSeconds >= 30, "Deployment: terminationGracePeriodSeconds below the 25 s shutdown timeout plus margin");
  for (const container of pod.spec.containers) {
    const where = `Deployment container ${container.name}`;
    for (const probe of ["startupProbe", "readinessProbe", "livenessProbe"]) check(container[probe], `${where}: no ${probe}`);
    for (const kind of ["requests", "limits"]) {
      for (const resource of ["cpu", "memory"]) check(container.resources?.[kind]?.[resource], `${where}: no ${kind}.${resource}`);
    }
    check(container.securityContext?.readOnlyRootFilesystem === true, `${where}: root filesystem must be read-only`);
    check(container.securityContext?.allowPrivilegeEscalation === false, `${where}: privilege escalation must be off`);
    check(/^[^/]+\.[^/]+\/.+:.+$/.test(container.image), `${where}: image '${container.image}' names no registry and tag`);
    const env = Object.fromEntries((container.env || []).map((e) => [e.name, e]));
    const poolers = Object.fromEntries(of("Pooler").map((p) => [p.spec.type, p.metadata.name]));
    check(poolers.rw && env.DB_URL?.value?.startsWith(`jdbc:postgresql://${poolers.rw}:5432/`), `${where}: DB_URL must go through the rw Pooler`);
    check(poolers.ro && env.DB_READ_URL?.value?.startsWith(`jdbc:postgresql://${poolers.ro}:5432/`), `${where}: DB_READ_URL must go through the ro Pooler`);
    const [cluster] = of("Cluster");
    check(cluster && env.DB_LISTEN_URL?.value?.startsWith(`jdbc:postgresql://${cluster.metadata.name}-rw:5432/`), `${where}: DB_LISTEN_URL must reach the primary directly`);
    for (const name of ["DB_USER", "DB_PASSWORD"]) {
      check(env[name]?.valueFrom?.secretKeyRef?.name === `${cluster?.metadata.name}-app`, `${where}: ${name} must come from the operator's app secret`);
    }
  }
  const [service] = of("Service");
  check(service && selects(service.spec.selector, podLabels), "Service: does not select the Deployment's pods");
  for (const ingress of of("Ingress")) {
    for (const rule of ingress.spec.rules) {
      for (const path of rule.http.paths) check(path.backend.service.name === service?.metadata.name, "Ingress: backend is not the Service");
    }
  }
  const [hpa] = of("HorizontalPodAutoscaler");
  check(hpa?.spec.scaleTargetRef.name === deployment.metadata.name, "HorizontalPodAutoscaler: does not scale the Deployment");
  check(hpa?.spec.minReplicas >= 2 && hpa.spec.maxReplicas >= hpa.spec.minReplicas, "HorizontalPodAutoscaler: min below 2 or max below min");
  check(hpa && hpa.spec.minReplicas <= deployment.spec.replicas, "HorizontalPodAutoscaler: min above the Deployment's replicas");
  const [pdb] = of("PodDisruptionBudget");
  check(pdb && selects(pdb.spec.selector.matchLabels, podLabels), "PodDisruptionBudget: does not select the Deployment's pods");

  const policies = of("NetworkPolicy");
  const appPolicy = policies.find((p) => selects(p.spec.podSelector.matchLabels, podLabels));
  check(appPolicy?.spec.policyTypes.includes("Ingress"), "NetworkPolicy: none restricts traffic to the service's pods");
  for (const rule of appPolicy?.spec.ingress || []) {
    for (const peer of rule.from || []) check(peer.namespaceSelector && !peer.podSelector, "NetworkPolicy: the service's pods must be reached from the ingress (and monitoring) namespaces only");
  }
  const poolerPolicy = policies.find((p) => p.spec.podSelector.matchLabels?.["cnpg.io/podRole"] === "pooler");
  const toPoolers = (poolerPolicy?.spec.ingress || []).filter((rule) => (rule.ports || []).some((port) => port.port === 5432));
  check(toPoolers.length > 0 && toPoolers.every((rule) => rule.from.every((peer) => selects(peer.podSelector?.matchLabels, podLabels) && !peer.namespaceSelector)),
    "NetworkPolicy: only the service's pods may reach the poolers' port 5432");
  const instancePolicy = policies.find((p) => p.spec.podSelector.matchLabels?.["cnpg.io/podRole"] === "instance");
  check(instancePolicy, "NetworkPolicy: none restricts traffic to the PostgreSQL instances");

  const [cluster] = of("Cluster");
  check(cluster?.spec.instances === 3, "Cluster: must have 3 instances");
  check(cluster?.spec.backup?.barmanObjectStore?.destinationPath, "Cluster: no backups to object storage");
  check(of("ScheduledBackup").some((b) => b.spec.cluster.name === cluster?.metadata.name), "ScheduledBackup: none for the Cluster");
  check(of("PodMonitor").some((m) => m.spec.selector.matchLabels?.["cnpg.io/cluster"] === cluster?.metadata.name), "PodMonitor: the database is not scraped");
  check(of("PodMonitor").some((m) => selects(m.spec.selector.matchLabels, podLabels) && m.spec.podMetricsEndpoints.some((e) => e.path === "/q/metrics")),
    "PodMonitor: the service's /q/metrics is not scraped");
  for (const type of ["rw", "ro"]) {
    check(of("Pooler").some((p) => p.spec.type === type && p.spec.cluster.name === cluster?.metadata.name), `Pooler: no ${type} pooler for the Cluster`);
  }
  const alerts = of("PrometheusRule").flatMap((r) => r.spec.groups.flatMap((g) => g.rules.map((rule) => rule.expr)));
  for (const [what, metric] of [["error rate", "status=~\"5..\""], ["p99", "histogram_quantile(0.99"], ["replica lag", "cnpg_pg_replication_lag"], ["pool saturation", "agroal_awaiting_count"]]) {
    check(alerts.some((expr) => expr.includes(metric)), `PrometheusRule: no alert on ${what}`);
  }
  return errors;
}

// ---- main --------------------------------------------------------------------------------------------------------
const overlays = readdirSync(join(root, "overlays")).sort();
if (flag === "--print") {
  console.log(JSON.stringify(build(join(root, "overlays", printOverlay))));
  process.exit(0);
}
const summary = {};
let failed = false;
for (const overlay of overlays) {
  let resources = [];
  let errors;
  try {
    resources = build(join(root, "overlays", overlay));
    errors = [...resources.flatMap(schemaErrors), ...ruleErrors(resources)];
  } catch (e) {
    errors = [String(e.message || e)];
  }
  failed ||= errors.length > 0;
  summary[overlay] = { resources: resources.map((r) => `${r.kind}/${r.metadata.name}`).sort(), errors };
}
console.log(JSON.stringify(summary, null, 1));
process.exit(failed ? 1 : 0);

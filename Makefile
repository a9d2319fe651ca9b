# Thin wrappers over Maven and POSIX sh. `make help` lists the targets.
MVNW := ./mvnw -B -q
JAR  := target/quarkus-app/quarkus-run.jar
# The JVM options of deploy/jvm.options (its option lines; the others are comments), as the image's entrypoint uses them;
# JAVA_OPTS comes after them and wins.
JVM_OPTIONS = $(shell grep -e '^-' deploy/jvm.options)
JAVA_OPTS ?=
# The AppCDS archive the build writes beside the jar (application.properties, "Start-up"), used when it is there.
CDS_ARCHIVE := target/quarkus-app/app-cds.jsa

.PHONY: help run test lint-contract fuzz build package openapi clean clean-data api-key bench bench-m bench-l lighthouse image image-test

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  %-12s %s\n", $$1, $$2}'

# From the jar's directory, because the AppCDS archive names the jar by the relative path it had when the build made it;
# the embedded database's directories stay where they were (absolute). MALLOC_ARENA_MAX: see deploy/image/entrypoint.sh.
run: $(JAR) ## Serve the API on http://localhost:8080 (embedded PostgreSQL unless DB_URL is set)
	EMBEDDED_DB_DIR="$$(realpath -m "$${EMBEDDED_DB_DIR:-.data/postgres}")" \
	EMBEDDED_DB_WORK_DIR="$$(realpath -m "$${EMBEDDED_DB_WORK_DIR:-target/embedded-postgres}")" \
	MALLOC_ARENA_MAX=2 && export EMBEDDED_DB_DIR EMBEDDED_DB_WORK_DIR MALLOC_ARENA_MAX && cd $(dir $(JAR)) && \
	exec java $(JVM_OPTIONS) $$(test -f $(notdir $(CDS_ARCHIVE)) && echo -XX:SharedArchiveFile=$(notdir $(CDS_ARCHIVE))) $(JAVA_OPTS) -jar $(notdir $(JAR))

test: src/test/js/node_modules lint-contract ## Run the whole test suite against a real (embedded) PostgreSQL, and check the committed contract
	$(MVNW) verify

lint-contract: src/test/js/node_modules ## Lint openapi/openapi.yaml: spectral:oas (all rules) with no finding, OWASP ruleset with no error (.spectral.yaml)
	src/test/js/node_modules/.bin/spectral lint --ruleset .spectral.yaml --fail-severity error openapi/openapi.yaml
	src/test/js/node_modules/.bin/spectral lint --ruleset .spectral.yaml --fail-severity warn --format text openapi/openapi.yaml \
		| { grep -v 'owasp:' | grep -E ' (error|warning) ' && { echo "spectral:oas warnings above"; exit 1; } || true; }

FUZZ_COUNT ?= 100000
FUZZ_SEED ?= random

fuzz: ## Contract fuzzer with 100,000 requests and a random seed it prints (FUZZ_COUNT=, FUZZ_SEED= to repeat a run)
	$(MVNW) test -Dtest=ContractFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.count=$(FUZZ_COUNT) -Dfuzz.seed=$(FUZZ_SEED)

src/test/js/node_modules: src/test/js/package.json src/test/js/package-lock.json
	npm ci --prefix src/test/js --no-audit --no-fund
	@touch $@

build: $(JAR) ## Build the application jar without running tests

image: $(JAR) ## Build the OCI image without a Docker daemon (mmdebstrap + buildah, as root): target/image/creative-economy-api.oci.tar
	deploy/image/build.sh

image-test: image ## Start the built image (podman, read-only root filesystem, non-root) against a real PostgreSQL; expects /q/health/ready UP
	$(MVNW) verify -Dtest=ImageIT -Dit.test=ImageIT -Dsurefire.failIfNoSpecifiedTests=false

$(JAR): pom.xml $(shell find src/main -type f 2>/dev/null)
	$(MVNW) package -DskipTests -Dcodegen.skip=true

openapi: ## Regenerate openapi/openapi.yaml from the code (then review and commit it)
	$(MVNW) package -DskipTests -Dcodegen.skip=true
	cp target/openapi/openapi.yaml openapi/openapi.yaml

api-key: $(JAR) ## Create an API key, shown once: make api-key ROLE=admin NAME=alice
	@test -n "$(ROLE)" -a -n "$(NAME)" || { echo "usage: make api-key ROLE=editor|admin NAME=who"; exit 2; }
	@java -jar $(JAR) api-key --role "$(ROLE)" --name "$(NAME)"

clean: ## Remove build output (keeps the embedded database data)
	$(MVNW) clean

clean-data: ## Delete the embedded database data directory (.data/postgres); the next run reseeds it
	rm -rf .data/postgres

BENCH_SCALE ?= M

bench: $(JAR) ## Performance harness (issue 6) at BENCH_SCALE=M (or L); BENCH_QUICK=1 for a smoke run; see bench/README.md
	bench/run.sh $(BENCH_SCALE)

bench-m: $(JAR) ## The harness at scale M (1,000,000 observations)
	bench/run.sh M

bench-l: $(JAR) ## The harness at scale L (10,000,000 observations; generation takes minutes)
	bench/run.sh L

lighthouse: $(JAR) src/test/lighthouse/node_modules ## Lighthouse on the explorer's series page (performance >= 90, accessibility >= 95); needs /usr/bin/chromium
	src/test/lighthouse/run.sh

src/test/lighthouse/node_modules: src/test/lighthouse/package.json src/test/lighthouse/package-lock.json
	npm ci --prefix src/test/lighthouse --no-audit --no-fund
	@touch $@

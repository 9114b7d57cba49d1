# Dossier — one entry point for running, testing and building. `make help` lists the targets.
# Longer logic lives in .dev/ (the stack launcher and helper scripts).

MVN     ?= mvn
BACKEND := -f backend/pom.xml
# Pinned tool versions, fetched through npx.
REDOCLY := REDOCLY_TELEMETRY=off npx --yes @redocly/cli@2.77
DCLINT  := npx --yes dclint@3.1.0

.DEFAULT_GOAL := help
.NOTPARALLEL:
.PHONY: help run test test-backend test-contract test-compose test-frontend test-e2e \
        bench build gen lint fmt clean

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z0-9-]+:.*## / {printf "  make %-14s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

run: ## Start PostgreSQL, Keycloak, backend and SPA with demo data (Ctrl-C stops all)
	node .dev/stack.mjs run

test: test-backend test-contract test-compose test-frontend test-e2e ## Run every test and check
	@echo "All tests passed."

test-backend: ## Backend unit and integration tests, formatting check (mvn verify)
	$(MVN) -B $(BACKEND) spotless:check verify

test-contract: ## Lint the contract openapi.yaml
	$(REDOCLY) lint openapi.yaml

test-compose: ## Validate docker-compose.yml against the Compose specification
	$(DCLINT) --max-warnings 0 docker-compose.yml

test-frontend: frontend/node_modules/.package-lock.json ## Frontend lint, type check and unit tests
	npm --prefix frontend run lint
	npm --prefix frontend run typecheck
	npm --prefix frontend test

test-e2e: frontend/node_modules/.package-lock.json ## End-to-end tests in Chromium against a fresh stack
	.dev/ensure-chromium.sh
	node .dev/stack.mjs e2e

bench: ## Benchmark API vs raw SQL at 100k customers; rewrites backend/BENCHMARKS.md
	.dev/ensure-pg-client.sh
	node .dev/stack.mjs bench

build: frontend/node_modules/.package-lock.json ## Package the backend jar and the SPA bundle
	$(MVN) -B $(BACKEND) package -DskipTests
	npm --prefix frontend run build

gen: frontend/node_modules/.package-lock.json ## Regenerate server interfaces and the typed client from openapi.yaml
	$(MVN) -B $(BACKEND) generate-sources
	npm --prefix frontend run gen

lint: frontend/node_modules/.package-lock.json test-contract test-compose ## All static checks, no tests
	$(MVN) -B $(BACKEND) spotless:check
	npm --prefix frontend run lint
	npm --prefix frontend run typecheck

fmt: frontend/node_modules/.package-lock.json ## Format backend and frontend sources
	$(MVN) -B $(BACKEND) spotless:apply
	npm --prefix frontend run format

clean: ## Remove build output (keeps the data of `make run` in .run/; rm -rf .run to start over)
	$(MVN) -q $(BACKEND) clean
	rm -rf frontend/dist frontend/test-results frontend/playwright-report frontend/blob-report .run/e2e

# npm ci whenever package-lock.json is newer than the installed tree.
frontend/node_modules/.package-lock.json: frontend/package-lock.json
	npm --prefix frontend ci --no-audit --no-fund

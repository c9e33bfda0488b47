#!/usr/bin/env bash
# Builds the five services and one JVM image each (Quarkus's src/main/docker/Dockerfile.jvm), then
# pushes them when --push is given. Needs Docker (or Podman via DOCKER=podman) and a registry.
#
#   deploy/build-images.sh <image prefix> <tag> [--push]
#   deploy/build-images.sh registry.example.com/reseller-plans 1.0.0 --push
#
# The images are then <image prefix>/<service>:<tag>, the names deploy/overlays/*/kustomization.yaml use.
set -euo pipefail

if [[ $# -lt 2 ]]; then
  sed -n '2,8p' "$0" >&2
  exit 2
fi
PREFIX=$1
TAG=$2
PUSH=${3:-}
DOCKER=${DOCKER:-docker}
SERVICES=(order-service subscription-service storefront-alias-service notification-service api-gateway)

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

./mvnw -B -q package -DskipTests -pl "$(IFS=,; echo "${SERVICES[*]}")" -am

for service in "${SERVICES[@]}"; do
  "$DOCKER" build -f "$service/src/main/docker/Dockerfile.jvm" -t "$PREFIX/$service:$TAG" "$service"
  if [[ "$PUSH" == --push ]]; then
    "$DOCKER" push "$PREFIX/$service:$TAG"
  fi
done

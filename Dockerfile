# The Tsunagu app under gunicorn, for docker-compose.yml (production talks to the Neo4j
# service through NEO4J_URI, so no Java or Maven is needed in this image).
# Stage 1 builds a wheel of the project (code, Cypher statements, templates, demo data);
# stage 2 installs it (not editable: no source tree in the image) and runs as a user
# without privileges.
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md LICENSE NOTICE ./
COPY service ./service
COPY visualizations ./visualizations
COPY cypher ./cypher
COPY seed ./seed
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /wheels .

FROM python:3.11-slim
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels \
    && useradd --create-home --uid 10001 --shell /usr/sbin/nologin tsunagu
USER tsunagu
WORKDIR /home/tsunagu
ENV TSUNAGU_BIND=0.0.0.0:8000 TSUNAGU_HOME=/home/tsunagu/data
EXPOSE 8000
CMD ["sh", "-c", "exec gunicorn --workers ${TSUNAGU_WORKERS:-2} $([ \"${TSUNAGU_THREADS:-1}\" -gt 1 ] && echo --worker-class gthread --threads $TSUNAGU_THREADS) --bind ${TSUNAGU_BIND} --timeout 120 --access-logfile - 'service:create_app()'"]

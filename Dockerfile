# The Tsunagu app under gunicorn, for docker-compose.yml (production talks to the Neo4j
# service through NEO4J_URI, so no Java or Maven is needed in this image).
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY service ./service
COPY visualizations ./visualizations
COPY cypher ./cypher
COPY seed ./seed
RUN pip install --no-cache-dir -e .
ENV TSUNAGU_BIND=0.0.0.0:8000
EXPOSE 8000
CMD ["sh", "-c", "gunicorn --workers ${TSUNAGU_WORKERS:-2} --bind ${TSUNAGU_BIND} --timeout 120 --access-logfile - 'service:create_app()'"]

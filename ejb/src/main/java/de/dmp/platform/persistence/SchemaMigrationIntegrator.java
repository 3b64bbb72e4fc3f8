package de.dmp.platform.persistence;

import de.dmp.db.SchemaMigration;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Migrates the schema while the persistence unit starts, before Hibernate validates its mapping and
 * before any bean can use the database. A failed migration fails the deployment.
 */
public class SchemaMigrationIntegrator implements Integrator {

  private static final Logger LOGGER = Logger.getLogger(SchemaMigrationIntegrator.class.getName());

  @Override
  public void integrate(
      Metadata metadata,
      BootstrapContext bootstrapContext,
      SessionFactoryImplementor sessionFactory) {
    DataSource dataSource =
        sessionFactory
            .getServiceRegistry()
            .requireService(ConnectionProvider.class)
            .unwrap(DataSource.class);
    int applied = SchemaMigration.migrate(dataSource);
    LOGGER.info(() -> "Database schema is current; migrations applied now: " + applied);
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
    // nothing to undo: the schema outlives the session factory
  }
}

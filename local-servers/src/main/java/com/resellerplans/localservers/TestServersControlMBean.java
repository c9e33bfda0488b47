package com.resellerplans.localservers;

/**
 * How a class loader that did not start the test servers reaches them: through the platform
 * MBeanServer, with JDK types only (see {@link TestServers}).
 */
public interface TestServersControlMBean {

    int getPostgresPort();

    int getKafkaPort();

    int getKafkaControllerPort();

    String getKafkaLogDir();

    boolean isKafkaRunning();

    void startKafka();

    void stopKafka();

    int getSmtpPort();

    /** Every mail, newest first, each as {id (String), received epoch millis (Long), raw bytes (byte[])}. */
    Object[] exportMails();

    void purgeMails();

    String getPrivateKeyPath();

    String getPublicKeyPath();
}

package org.upm.cli;

/** Keeps library logging off the user's terminal; upm reports everything it needs itself. */
public final class Logging {
    private Logging() {
    }

    /** Must run before POI loads: Log4j's API otherwise warns on stderr that it has no backend. */
    public static void quietLibraries() {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.setProperty("org.apache.logging.log4j.level", "OFF");
        System.setProperty("log4j2.simplelogLevel", "OFF");
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
    }
}

package org.tradekg;

/**
 * The one unchecked exception of tradekg. Its message says what went wrong and where
 * ({@code "not UTF-8: data/x.txt at byte 812"}); the command line prints it as one line.
 */
public class TradekgException extends RuntimeException {

    public TradekgException(String message) {
        super(message);
    }

    public TradekgException(String message, Throwable cause) {
        super(message, cause);
    }
}

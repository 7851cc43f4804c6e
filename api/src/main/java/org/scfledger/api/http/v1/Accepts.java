package org.scfledger.api.http.v1;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The command a write endpoint's body is, for the OpenAPI description: the command's fields without the acting party
 * and without those the path gives, and an example body.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Accepts {

    Class<?> value();

    /** The fields the path fills in. */
    String[] fromPath() default {};

    /** An example body (JSON). */
    String example() default "";

    /** Whether a body must be sent; one that may be left out reads as {@code {}}. */
    boolean bodyRequired() default true;
}

package org.masthead.platform;

import java.util.List;

/** Input that fails a rule; answered with 400 naming each field. Nothing is changed. */
public class InvalidInputException extends RuntimeException {

    public record FieldError(String field, String message) { }

    private final List<FieldError> errors;

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInputException(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects every field's problem, so one answer names them all. */
    public static final class Builder {
        private final List<FieldError> errors = new java.util.ArrayList<>();

        public Builder add(String field, String message) {
            errors.add(new FieldError(field, message));
            return this;
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
    }
}

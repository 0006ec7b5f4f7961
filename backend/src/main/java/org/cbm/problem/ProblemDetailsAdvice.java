package org.cbm.problem;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the REST API as an RFC 9457 problem detail. Invalid input lists one entry per bad field in
 * {@code errors}, each with the field's path as the client sent it and what to fix.
 */
@RestControllerAdvice(basePackages = "org.cbm")
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    /** One invalid field: its path in the request body (e.g. {@code packages[0].days}) and what is wrong. */
    record FieldError(String field, String message) {
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalid(ConstraintViolationException e) {
        return validationProblem(e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v.getPropertyPath().toString()), v.getMessage()))
                .toList());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(validationProblem(e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage())).toList()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining()).replaceFirst("^\\.", "");
            String message = mismatch instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()
                    ? "must be one of " + List.of(invalid.getTargetType().getEnumConstants())
                    : "has the wrong type or format (expected " + mismatch.getTargetType().getSimpleName() + ")";
            return ResponseEntity.badRequest().body(validationProblem(List.of(new FieldError(field, message))));
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Unreadable request body",
                "The body is not valid JSON for this endpoint."));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(new FieldError(result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(validationProblem(List.of(new FieldError(e.getParameterName(),
                "is required" + ("version".equals(e.getParameterName()) ? ": send the version you based the change on" : "")))));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : e.getPropertyName();
        Class<?> type = e.getRequiredType();
        String message = type != null && type.isEnum() ? "must be one of " + List.of(type.getEnumConstants())
                : "has the wrong type (expected " + (type == null ? "another type" : type.getSimpleName()) + ")";
        return ResponseEntity.badRequest().body(validationProblem(List.of(new FieldError(field, message))));
    }

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException e) {
        return validationProblem(List.of(new FieldError(e.field(), e.getMessage())));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler({StaleVersionException.class, OptimisticLockingFailureException.class})
    ProblemDetail stale(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "Changed by someone else", e instanceof StaleVersionException
                ? e.getMessage() : "The item was changed by someone else meanwhile. Reload it and apply your change again.");
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    }

    @ExceptionHandler(StatusNotAllowedException.class)
    ProblemDetail notAllowedNow(StatusNotAllowedException e) {
        return problem(HttpStatus.CONFLICT, "Not allowed in the current status", e.getMessage());
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e) {
        return problem(HttpStatus.CONFLICT, "Already exists", "An item with the same unique key already exists.");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this action.");
    }

    /** The path as the client wrote the field: an invalid element of a set names the set. */
    private static String fieldName(String propertyPath) {
        return propertyPath.replace(".<iterable element>", "").replace(".<list element>", "").replaceAll("\\[]$", "");
    }

    private static ProblemDetail validationProblem(List<FieldError> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input",
                "Some fields are invalid; see errors for what to fix in each.");
        problem.setProperty("errors", errors.stream().sorted(Comparator.comparing(FieldError::field)).toList());
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}

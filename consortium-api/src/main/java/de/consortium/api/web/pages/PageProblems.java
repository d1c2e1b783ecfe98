package de.consortium.api.web.pages;

import de.consortium.api.messaging.CommandRefusal;
import de.consortium.api.problem.RequestRefused;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.commandhandling.CommandExecutionException;
import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;
import de.consortium.domain.rules.UnknownReference;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.validation.BindException;

/** What goes wrong on a page is said on a page, in the reader's language, not as problem+json. */
@Controller
@ControllerAdvice(assignableTypes = {PortfolioPage.class, ProjectPage.class, DocumentsPage.class,
        AuditorsPage.class, OperatorsPage.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageProblems {

    @ExceptionHandler(UnknownReference.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        return problem(model, "problem.notFound", null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(Model model) {
        return problem(model, "problem.forbidden", null);
    }

    /** Where Spring Security sends a reader who may not open a page (or whose form lost its CSRF token). */
    @RequestMapping("/forbidden")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbiddenPage(Model model) {
        return forbidden(model);
    }

    @ExceptionHandler({IllegalArgumentException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class, BindException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badInput(Model model) {
        return problem(model, "problem.badInput", null);
    }

    /** A refusal names its rule, in the reader's language as the catalogue words it. */
    @ExceptionHandler(RuleViolation.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(RuleViolation violation, Model model) {
        String rule = Rule.byId(violation.rule())
                .map(r -> LocaleContextHolder.getLocale().getLanguage().equals("en") ? r.english() : r.german())
                .orElse(violation.rule());
        return problem(model, "problem.refused", rule);
    }

    /** A refused command, as the API would answer it, in the reader's words. */
    @ExceptionHandler(CommandExecutionException.class)
    String commandRefused(CommandExecutionException e, Model model, HttpServletResponse response) {
        CommandRefusal refusal = e.<CommandRefusal>getDetails().orElse(null);
        if (refusal == null) {
            // not refused but failed (the store out of reach, a change at the same moment): nothing was stored
            return status(response, HttpStatus.SERVICE_UNAVAILABLE, problem(model, "problem.tryAgain", null));
        }
        return switch (refusal.kind()) {
            case NOT_FOUND -> status(response, HttpStatus.NOT_FOUND, notFound(model));
            case RULE_VIOLATED -> status(response, HttpStatus.CONFLICT,
                    refused(new RuleViolation(Rule.byId(refusal.rule()).orElseThrow(), refusal.message()), model));
            default -> status(response, HttpStatus.BAD_REQUEST, badInput(model));
        };
    }

    /** An upload refused for what it is: too large, empty, of another media type; its detail says which. */
    @ExceptionHandler(RequestRefused.class)
    String requestRefused(RequestRefused e, Model model, HttpServletResponse response) {
        return status(response, e.status(), problem(model, "problem.upload", e.getMessage()));
    }

    private static String status(HttpServletResponse response, HttpStatus status, String view) {
        response.setStatus(status.value());
        return view;
    }

    private static String problem(Model model, String key, String detail) {
        model.addAttribute("titleKey", key + ".title").addAttribute("textKey", key + ".text")
                .addAttribute("detail", detail);
        return "pages/problem";
    }
}

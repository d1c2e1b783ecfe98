package bench.mix;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Map;

/** Both reference applications answer a refusal by the rules alike: 409, with what was refused. */
@RestControllerAdvice
public class RefusedAnswer {

    @ExceptionHandler(Refused.class)
    ResponseEntity<Map<String, Object>> refused(Refused refused) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("detail", refused.getMessage()));
    }
}

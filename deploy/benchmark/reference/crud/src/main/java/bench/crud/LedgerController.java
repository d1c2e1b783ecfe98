package bench.crud;

import bench.mix.Approval;
import bench.mix.DisbursementRequest;
import bench.mix.Ledger;
import bench.mix.Payment;
import bench.mix.Resolution;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Each command: lock the partner's row, check the rules, write the row back; one transaction, one commit. */
@RestController
@RequestMapping("/api/projects/{project}/partners")
class LedgerController {

    private static final RowMapper<Ledger> LEDGER = (rs, row) -> new Ledger(rs.getLong(1), rs.getInt(2),
            rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6));

    private final JdbcTemplate jdbc;

    LedgerController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Join(String partnerCode) {
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> join(@PathVariable String project, @RequestBody Join join) {
        jdbc.update("INSERT INTO ledger (project, code, version, resolutions, open_cents, paid_cents)"
                + " VALUES (?, ?, 0, 0, 0, 0)", project, join.partnerCode());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("version", 0));
    }

    @Transactional
    @PostMapping("/{code}/pass-council-resolution")
    ResponseEntity<Map<String, Object>> pass(@PathVariable String project, @PathVariable String code,
                                             @RequestBody Resolution resolution) {
        Ledger.checkResolution(resolution, LocalDate.now());
        return change(project, code, Ledger::afterResolution);
    }

    @Transactional
    @PostMapping("/{code}/request-disbursement")
    ResponseEntity<Map<String, Object>> request(@PathVariable String project, @PathVariable String code,
                                                @RequestBody DisbursementRequest request) {
        return change(project, code, ledger -> {
            ledger.checkRequest(request, LocalDate.now());
            return ledger.afterRequest(request);
        });
    }

    @Transactional
    @PostMapping("/{code}/disbursements/{id}/approve")
    ResponseEntity<Map<String, Object>> approve(@PathVariable String project, @PathVariable String code,
                                                @PathVariable String id, @RequestBody Approval approval) {
        return change(project, code, ledger -> {
            ledger.checkApproval(id, approval, LocalDate.now());
            return ledger.afterApproval();
        });
    }

    @Transactional
    @PostMapping("/{code}/disbursements/{id}/pay")
    ResponseEntity<Map<String, Object>> pay(@PathVariable String project, @PathVariable String code,
                                            @PathVariable String id, @RequestBody Payment payment) {
        return change(project, code, ledger -> {
            ledger.checkPayment(id, payment, LocalDate.now());
            return ledger.afterPayment();
        });
    }

    private ResponseEntity<Map<String, Object>> change(String project, String code, UnaryOperator<Ledger> command) {
        Ledger changed = command.apply(jdbc.queryForObject("SELECT version, resolutions, open_request, open_state,"
                + " open_cents, paid_cents FROM ledger WHERE project = ? AND code = ? FOR UPDATE", LEDGER, project, code));
        jdbc.update("UPDATE ledger SET version = ?, resolutions = ?, open_request = ?, open_state = ?, open_cents = ?,"
                        + " paid_cents = ? WHERE project = ? AND code = ?", changed.version(), changed.resolutions(),
                changed.openRequest(), changed.openState(), changed.openCents(), changed.paidCents(), project, code);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("version", changed.version()));
    }

    @ExceptionHandler(EmptyResultDataAccessException.class)
    ResponseEntity<Map<String, Object>> unknown() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("detail", "no such partner"));
    }
}

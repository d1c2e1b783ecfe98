package bench.crud;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The plain CRUD service of the benchmark: per command it checks the same rules and updates one row. */
@SpringBootApplication(scanBasePackages = {"bench.crud", "bench.mix"})
public class CrudApplication {

    public static void main(String[] args) {
        SpringApplication.run(CrudApplication.class, args);
    }
}

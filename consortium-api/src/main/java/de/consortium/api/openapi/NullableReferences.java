package de.consortium.api.openapi;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.lang.Nullable;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;

/**
 * A {@code @Nullable} property whose schema is a reference (an enum, a record) may be null: OpenAPI 3.1 says so by
 * "one of the referenced schema or null", since a reference takes no type beside it.
 */
final class NullableReferences implements PropertyCustomizer {

    @Override
    public Schema customize(Schema property, AnnotatedType type) {
        if (property.get$ref() == null || type.getCtxAnnotations() == null) {
            return property;
        }
        for (Annotation annotation : type.getCtxAnnotations()) {
            if (annotation.annotationType() == Nullable.class) {
                return new Schema<>().oneOf(List.of(new Schema<>().$ref(property.get$ref()),
                        new Schema<>().types(Set.of("null"))));
            }
        }
        return property;
    }
}

package dev.tinychat.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/** A {@code @RestApi} interface and its methods. */
record ApiModel(TypeElement element, ClassName name, String baseUrl, List<MethodModel> methods, String javadoc) {}

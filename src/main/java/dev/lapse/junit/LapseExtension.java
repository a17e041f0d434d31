package dev.lapse.junit;

import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The extension behind {@link LapseTest}. A fake AWS starts when a method first asks for a
 * {@link FakeAws} (tests that do not ask pay nothing) and is closed by the after-callbacks, not
 * by the store: only the store's basic get, put and remove are used, which are the same from
 * Jupiter 5.10 to 6.x, so the user's JUnit version decides nothing here.
 */
final class LapseExtension implements ParameterResolver, AfterEachCallback, AfterAllCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(LapseExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == FakeAws.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    LapseTest settings = settings(context);
    ExtensionContext owner = settings.scope() == LapseTest.Scope.CLASS
        ? classContext(context) : context;
    if (settings.scope() == LapseTest.Scope.TEST && context.getTestMethod().isEmpty()) {
      throw new ParameterResolutionException("@LapseTest gives each test its own FakeAws, so "
          + parameter.getDeclaringExecutable() + " (outside a test method) cannot have one; use "
          + "@LapseTest(scope = LapseTest.Scope.CLASS) to share one fake AWS across the class");
    }
    String key = key(owner);
    ExtensionContext.Store store = owner.getStore(NAMESPACE);
    synchronized (LapseExtension.class) {
      FakeAws aws = store.get(key, FakeAws.class);
      if (aws == null) {
        try {
          aws = FakeAws.start(settings);
        } catch (IllegalArgumentException e) {
          throw new ParameterResolutionException("@LapseTest on "
              + owner.getRequiredTestClass().getName() + ": " + e.getMessage(), e);
        }
        store.put(key, aws);
      }
      return aws;
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    closeOwnedBy(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    closeOwnedBy(context);
  }

  private static void closeOwnedBy(ExtensionContext context) {
    FakeAws aws;
    synchronized (LapseExtension.class) {
      aws = context.getStore(NAMESPACE).remove(key(context), FakeAws.class);
    }
    if (aws != null) {
      aws.close();
    }
  }

  /** Keyed by the owning context's id, so a nested class never closes its parent's world. */
  private static String key(ExtensionContext owner) {
    return "fake-aws:" + owner.getUniqueId();
  }

  /** The class-level context of the class that carries the annotation (outermost wins). */
  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext found = null;
    for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent();
        c = c.get().getParent()) {
      ExtensionContext e = c.get();
      if (e.getTestMethod().isEmpty() && e.getTestClass().isPresent()
          && e.getRequiredTestClass().isAnnotationPresent(LapseTest.class)) {
        found = e;
      }
    }
    if (found == null) {
      throw new ParameterResolutionException("FakeAws needs @LapseTest on the test class");
    }
    return found;
  }

  private static LapseTest settings(ExtensionContext context) {
    for (Optional<Class<?>> c = context.getTestClass(); c.isPresent();
        c = Optional.ofNullable(c.get().getEnclosingClass())) {
      LapseTest annotation = c.get().getAnnotation(LapseTest.class);
      if (annotation != null) {
        return annotation;
      }
    }
    throw new ParameterResolutionException("FakeAws needs @LapseTest on the test class "
        + context.getTestClass().map(Class::getName).orElse("(none)"));
  }
}

package io.jcompose.model.validate;

/** A service needs something to run: an image, a build to make one, or a provider that stands in for both. */
final class ImageOrBuildRule implements ServiceRule {

    @Override
    public void check(ServiceView service, ProjectView project) {
        boolean hasImage = service.text("image").filter(i -> !i.isEmpty()).isPresent();
        boolean hasBuild = service.node().getOrNull("build") != null
                && !(service.node().getOrNull("build") instanceof io.jcompose.model.tree.ScalarNode s && s.isNull());
        if (!hasImage && !hasBuild && !service.node().has("provider")) {
            throw ServiceRule.invalid(service.keyPosition(), "service \"" + service.name()
                    + "\" has neither an image nor a build context specified");
        }
    }
}

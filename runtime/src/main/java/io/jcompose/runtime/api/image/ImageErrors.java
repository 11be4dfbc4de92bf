package io.jcompose.runtime.api.image;

import io.jcompose.runtime.api.ApiException;
import io.jcompose.runtime.api.Route;
import io.jcompose.runtime.image.archive.ArchiveException;
import io.jcompose.runtime.image.store.ImageException;

/** Maps the image store's user-facing errors to Docker's status codes: 404 no such image, 409 conflict, 400 bad input. */
final class ImageErrors {

    private ImageErrors() {
    }

    static Route.Handler guard(Route.Handler handler) {
        return request -> {
            try {
                return handler.handle(request);
            } catch (ImageException.NotFound e) {
                throw new ApiException(404, e.getMessage());
            } catch (ImageException.Conflict e) {
                throw new ApiException(409, e.getMessage());
            } catch (ArchiveException | IllegalArgumentException e) {
                throw new ApiException(400, e.getMessage());
            } catch (ImageException e) {
                throw new ApiException(500, e.getMessage());
            }
        };
    }
}

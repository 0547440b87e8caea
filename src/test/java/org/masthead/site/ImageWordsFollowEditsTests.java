package org.masthead.site;

import org.junit.jupiter.api.Test;
import org.masthead.ApiClient;
import org.masthead.H2IntegrationTest;
import org.masthead.Http;
import org.masthead.content.Author;
import org.masthead.content.AuthorKind;
import org.masthead.content.TaxonomyService;
import org.masthead.media.Image;
import org.masthead.media.ImageText;
import org.masthead.media.MediaFixtures;
import org.masthead.media.MediaLibrary;
import org.masthead.media.MediaService;
import org.masthead.platform.ChangeFeed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.content.ContentFixtures.unique;

/**
 * The Content API shows a portrait with the library's own words, so an edit in the library must reach the
 * cached answer: the image's row kept per node and the cached page are both dropped when the feed reports it.
 */
@H2IntegrationTest
class ImageWordsFollowEditsTests {

    @LocalServerPort int port;
    @Autowired MediaService media;
    @Autowired MediaLibrary library;
    @Autowired TaxonomyService taxonomy;
    @Autowired ChangeFeed feed;
    @Autowired PageCache cache;

    private String photoAlt(String path) {
        return ApiClient.JSON.readTree(new Http(port).get(path).body()).path("photo").path("alt").asString();
    }

    @Test
    void aPortraitsAltTextInTheContentApiFollowsAnEditInTheLibrary() {
        Image photo = media.upload(MediaFixtures.jpeg(300, 300), "portrait.jpg", "Old words", "", "");
        Author author = taxonomy.saveAuthor(new Author(0, null, unique("Iris Portrait"), AuthorKind.PERSON, "", "", photo.id()));
        feed.poll(); // the author's own change, so it cannot drop the page later and hide a missed image change
        String path = "/api/content/authors/" + author.slug();
        assertThat(photoAlt(path)).isEqualTo("Old words");
        assertThat(cache.peek(path)).as("kept by the page cache").isNotNull();

        library.edit(photo.id(), new ImageText("Iris at her desk", "", ""));
        feed.poll();
        assertThat(cache.peek(path)).as("dropped once the feed reported the image").isNull();
        assertThat(photoAlt(path)).isEqualTo("Iris at her desk");
    }
}

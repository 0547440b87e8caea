package org.masthead.media;

import org.junit.jupiter.api.Test;
import org.masthead.platform.ChangeFeed;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.ObservedChanges;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The media library's persistence: words edited, found and deleted; run on H2 and PostgreSQL. */
abstract class MediaLibraryContract {

    @Autowired MediaService media;
    @Autowired MediaLibrary library;
    @Autowired MediaRepository repo;
    @Autowired ImageStorage storage;
    @Autowired ChangeFeed feed;
    @Autowired ObservedChanges observed;
    @Autowired JdbcClient db;
    @Autowired TransactionTemplate tx;

    private static String word() {
        return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private Image upload(String filename, String alt, String caption, String credit) {
        return media.upload(MediaFixtures.jpeg(400, 300), filename, alt, caption, credit);
    }

    @Test
    void editedWordsAreReadAtOnceHereAndEveryNodeIsToldThroughTheChangeFeed() {
        Image image = upload("pier.jpg", "", "Old caption", "");
        assertThat(media.find(image.id()).orElseThrow().caption()).isEqualTo("Old caption"); // now kept

        Image edited = library.edit(image.id(), new ImageText("  A pier\nin fog ", "New caption", "Photo: Ana"));
        assertThat(edited.alt()).isEqualTo("A pier in fog");
        assertThat(media.find(image.id()).orElseThrow().caption()).isEqualTo("New caption");
        assertThat(media.find(java.util.List.of(image.id())).get(image.id()).credit()).isEqualTo("Photo: Ana");
        assertThat(db.sql("SELECT COUNT(*) FROM platform_change WHERE topic = 'image' AND entity_id = :id")
                .param("id", image.id()).query(Long.class).single()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> observed.count("image", image.id()) == 1);
    }

    @Test
    void aRowKeptHereIsDroppedWhenTheFeedReportsAnEditMadeOnAnotherNode() {
        Image image = upload("tram.jpg", "Before", "", "");
        assertThat(media.find(image.id()).orElseThrow().alt()).isEqualTo("Before");
        db.sql("UPDATE media_image SET alt = 'After' WHERE id = :id").param("id", image.id()).update();
        assertThat(media.find(image.id()).orElseThrow().alt()).as("kept, and nobody said it changed").isEqualTo("Before");

        tx.executeWithoutResult(s -> feed.record("image", image.id())); // what the other node's edit also wrote
        feed.poll();
        assertThat(media.find(image.id()).orElseThrow().alt()).isEqualTo("After");
    }

    @Test
    void wordsThatDoNotFitAreRefusedNamingEachFieldAndNothingChanges() {
        Image image = upload("IMG_2041.JPG", "Kept", "", "");
        assertThatThrownBy(() -> library.edit(image.id(), new ImageText("a".repeat(301), "ok", "c".repeat(201))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("alt", "credit"));
        assertThatThrownBy(() -> library.edit(image.id(), new ImageText("img_2041.jpg", "", "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).message())
                        .contains("the file name tells a reader nothing"));
        assertThat(media.find(image.id()).orElseThrow().alt()).isEqualTo("Kept");
        assertThat(repo.find(image.id()).orElseThrow().alt()).isEqualTo("Kept");
    }

    @Test
    void findsEveryWordInCaptionCreditAltOrFileNameCaseAsideAndTakesWildcardsLiterally() {
        String w = word();
        Image caption = upload("1.jpg", "", "The " + w.toUpperCase() + " is 100% sure", "");
        Image credit = upload("2.jpg", "", "", "Photo: " + w + " Agency");
        Image alt = upload("3.jpg", w + " at the quay", "", "");
        Image name = upload(w + "_final.png", "", "", "");

        assertThat(library.search(w, false, 1, 10).items()).extracting(Image::id)
                .containsExactly(name.id(), alt.id(), credit.id(), caption.id());
        assertThat(library.search(w + " agency", false, 1, 10).items()).extracting(Image::id).containsExactly(credit.id());
        assertThat(library.search(w + " 100%", false, 1, 10).items()).extracting(Image::id).containsExactly(caption.id());
        assertThat(library.search(w + " 10_%", false, 1, 10).total()).isZero();
        assertThat(library.search(w + "_f", false, 1, 10).items()).extracting(Image::id).containsExactly(name.id());
        assertThat(library.search(w, true, 1, 10).items()).extracting(Image::id)
                .containsExactly(name.id(), credit.id(), caption.id());
    }

    @Test
    void pagesAreNewestFirstAndCountedFromOne() {
        String w = word();
        for (int i = 0; i < 5; i++) {
            upload(w + "-" + i + ".jpg", "", "", "");
        }
        MediaLibrary.ImagePage first = library.search(w, false, 1, 2);
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.items()).extracting(Image::filename).containsExactly(w + "-4.jpg", w + "-3.jpg");
        assertThat(library.search(w, false, 3, 2).items()).extracting(Image::filename).containsExactly(w + "-0.jpg");
        assertThat(library.search(w, false, 0, 2).page()).isEqualTo(1);
        assertThat(library.search(word(), false, 1, 2).pages()).isEqualTo(1);
    }

    @Test
    void deletingRemovesTheRowTheOriginalAndEverySizeButARollbackKeepsThem() {
        Image image = upload("gone.jpg", "", "", "");
        String original = repo.storageKey(image.id()).orElseThrow();
        media.variant(image.id(), 320, "jpg");
        assertThat(storage.get("variants/" + image.id() + "/320.jpg")).isPresent();

        tx.executeWithoutResult(s -> {
            library.delete(image.id());
            s.setRollbackOnly();
        });
        assertThat(storage.get(original)).isPresent();
        assertThat(media.find(image.id())).isPresent();

        library.delete(image.id());
        assertThat(media.find(image.id())).isEmpty();
        assertThat(storage.get(original)).isEmpty();
        assertThat(storage.get("variants/" + image.id() + "/320.jpg")).isEmpty();
        assertThatThrownBy(() -> library.delete(image.id())).hasMessageContaining("no image");
    }
}

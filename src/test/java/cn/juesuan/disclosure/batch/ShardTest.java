package cn.juesuan.disclosure.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShardTest {

  @Test
  void theShardsOfAFolderCoverItExactlyOnce(@TempDir Path dir) throws IOException {
    BatchFolder.write(dir);
    List<DepartmentFile> all = DepartmentFiles.find(dir);
    assertEquals(6, all.size());
    List<DepartmentFile> union = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      List<DepartmentFile> slice = Shard.parse(i + "/3").select(all);
      assertEquals(2, slice.size(), "balanced");
      union.addAll(slice);
    }
    assertEquals(all.size(), union.size(), "no overlap");
    assertEquals(new HashSet<>(all), new HashSet<>(union), "nothing left out");
  }

  @Test
  void everyNthFromTheIthOneBased() {
    List<Integer> items = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertEquals(List.of(0, 3, 6, 9), Shard.parse("1/3").select(items));
    assertEquals(List.of(1, 4, 7), Shard.parse("2/3").select(items));
    assertEquals(List.of(2, 5, 8), Shard.parse(" 3 / 3 ").select(items));
    assertEquals(items, Shard.ALL.select(items));
    assertEquals(List.of(), Shard.parse("12/12").select(items));
  }

  @Test
  void malformedShardsAreRefusedWithABilingualMessage() {
    for (String bad : List.of("0/3", "4/3", "1/0", "3", "a/b", "1/3/5", "", "-1/3")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shard.parse(bad), bad);
      assertTrue(e.getMessage().contains("分片") && e.getMessage().contains("I/N"), e.getMessage());
    }
  }

  @Test
  void theOrderIsTheSortedRelativePath(@TempDir Path dir) throws IOException {
    for (String f : List.of("b.yaml", "a/z.yml", "a/b/c.yaml", "A.yaml", "notes.txt", ".hidden.yaml", "c.YAML")) {
      BatchFolder.put(dir.resolve(f), "x: 1\n");
    }
    List<String> names = DepartmentFiles.find(dir).stream().map(DepartmentFile::name).toList();
    assertEquals(List.of("A.yaml", "a/b/c.yaml", "a/z.yml", "b.yaml", "c.YAML"), names);
  }

  @Test
  void pdfPathsMirrorTheSourcesAndNeverCollide() {
    List<DepartmentFile> plan = DepartmentFiles.plan(List.of(Path.of("a/b.yaml"), Path.of("a/b.yml"),
        Path.of("a/c.yaml"), Path.of("d.yml")));
    List<String> outputs = plan.stream().map(d -> DepartmentFiles.slashed(d.output())).toList();
    assertEquals(List.of("a/b.yaml.pdf", "a/b.yml.pdf", "a/c.pdf", "d.pdf"), outputs);
    Set<String> unique = new HashSet<>(outputs);
    assertEquals(outputs.size(), unique.size());
  }
}

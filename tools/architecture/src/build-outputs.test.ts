import { createProjectGraphAsync } from '@nx/devkit';

describe('Nx builds', () => {
  it('declare what they build, so a cache hit restores it', async () => {
    const graph = await createProjectGraphAsync({ exitOnError: false });
    const builds = Object.values(graph.nodes).filter((project) => project.data.targets?.['build']);
    expect(builds.map((project) => project.name).sort()).toEqual(['functions', 'web']);
    for (const project of builds) expect(project.data.targets?.['build']?.outputs ?? []).not.toEqual([]);
  });
});

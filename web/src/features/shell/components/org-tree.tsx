import { useQueryClient } from '@tanstack/react-query';
import { Alert, Skeleton, Tree } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo, useState } from 'react';
import type { OrgBranchesQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { messageOf } from '../../../lib/api-error';
import { QuietText } from '../../../components/heading';
import { OrgBranchesDocument, useOrgBranches } from '../api/org-tree';

type Org = NonNullable<OrgBranchesQuery['organization']>;
type OrgNode = {
  id: string;
  name: string;
  level: string;
  levelLabel: string;
  memberCount: number;
  children?: OrgNode[];
};

function toNode(org: OrgNode): DataNode {
  return {
    key: org.id,
    title: <span title={`${org.levelLabel} · ${org.memberCount} 名党员`}>{org.name}</span>,
    isLeaf: org.level === 'GROUP' || (org.children !== undefined && org.children.length === 0),
    children: org.children?.map(toNode),
  };
}

function attach(nodes: DataNode[], key: string, children: DataNode[]): DataNode[] {
  return nodes.map((node) =>
    node.key === key
      ? { ...node, children, isLeaf: children.length === 0 }
      : { ...node, children: node.children ? attach(node.children, key, children) : undefined },
  );
}

/** The organisations of the caller's scope; choosing one puts it in the address (`?org=`). */
export function OrgTree(props: { rootId: string; selectedId: string | null; onSelect: (id: string) => void }) {
  const tree = useOrgBranches(props.rootId);
  const queryClient = useQueryClient();
  const [loaded, setLoaded] = useState<Record<string, DataNode[]>>({});
  const nodes = useMemo(() => {
    if (!tree.data?.organization) return [];
    let result = [toNode(tree.data.organization as Org as OrgNode)];
    for (const [key, children] of Object.entries(loaded)) result = attach(result, key, children);
    return result;
  }, [tree.data, loaded]);

  if (tree.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (tree.isError) return <Alert type="error" showIcon message={messageOf(tree.error)} />;
  if (!tree.data.organization) return <QuietText>找不到您所在的组织</QuietText>;

  return (
    <Tree
      aria-label="组织"
      blockNode
      defaultExpandedKeys={[props.rootId]}
      selectedKeys={[props.selectedId ?? props.rootId]}
      treeData={nodes}
      onSelect={(keys) => keys[0] !== undefined && props.onSelect(String(keys[0]))}
      loadData={async (node) => {
        if (node.children) return;
        const key = String(node.key);
        const answer = await queryClient.fetchQuery({
          queryKey: ['OrgBranches', { id: key }],
          queryFn: () => request(OrgBranchesDocument, { id: key }),
        });
        const children = (answer.organization?.children ?? []).map((child) => toNode(child as OrgNode));
        setLoaded((previous) => ({ ...previous, [key]: children }));
      }}
    />
  );
}

'use client';

import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/** A failure explained in the person's language, announced to screen readers as it appears. */
export function ProblemMessage({ title, detail }: { readonly title: string; readonly detail: string }) {
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle> {detail}
      </MessageBarBody>
    </MessageBar>
  );
}
